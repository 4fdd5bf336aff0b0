using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Anonymizer.Analysis;

/// <summary>
/// An immutable set of context words and phrases, compared case-insensitively. A phrase ("credit card") matches when its
/// words appear in order in the context; a single word also matches its plural ("number" matches "numbers").
/// </summary>
public sealed class ContextWordSet
{
    private readonly FrozenSet<string> _words;
    private readonly string[][] _phrases;
    private readonly string[] _phraseTexts;

    // Every word of the set, the words of its phrases included, compared ignoring case: what CanOccurIn looks for.
    private readonly SearchValues<string>? _anyWord;

    private ContextWordSet(FrozenSet<string> words, string[][] phrases, IReadOnlyList<string> all)
    {
        _words = words;
        _phrases = phrases;
        _phraseTexts = [.. phrases.Select(phrase => string.Join(' ', phrase))];
        All = all;
        string[] every = [.. words.Concat(phrases.SelectMany(phrase => phrase)).Distinct(StringComparer.Ordinal)];
        _anyWord = every.Length == 0 ? null : SearchValues.Create(every, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An empty set.</summary>
    public static ContextWordSet Empty { get; } = Create([]);

    /// <summary>The words and phrases as given, lower-cased.</summary>
    public IReadOnlyList<string> All { get; }

    /// <summary>Whether the set has no words.</summary>
    public bool IsEmpty => All.Count == 0;

    /// <summary>Builds a set from words and phrases.</summary>
    public static ContextWordSet Create(IEnumerable<string> wordsAndPhrases)
    {
        ArgumentNullException.ThrowIfNull(wordsAndPhrases);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new List<string[]>();
        var all = new List<string>();
        foreach (var raw in wordsAndPhrases)
        {
            var tokens = ContextTokenizer.Tokenize(raw);
            if (tokens.Count == 0)
            {
                continue;
            }

            all.Add(string.Join(' ', tokens));
            if (tokens.Count == 1)
            {
                words.Add(tokens[0]);
            }
            else
            {
                phrases.Add([.. tokens]);
            }
        }

        return new ContextWordSet(words.ToFrozenSet(StringComparer.Ordinal), [.. phrases], all);
    }

    /// <summary>
    /// Whether <see cref="FindIn"/> can find a word of this set among the tokens of <paramref name="text"/>:
    /// <see langword="false"/> only when it cannot. A token that is a word of the set, or its plural, or part of a
    /// phrase of it, holds that word's characters, so some word of the set appears in the text ignoring case; that is
    /// searched for all at once, which costs far less than lower-casing and looking up each token. Where the text is
    /// not all ASCII this answers <see langword="true"/>: outside ASCII, lower-casing and comparing ignoring case can
    /// disagree (the Kelvin sign lower-cases to "k", "ẞ" to "ß", without being equal to them ignoring case).
    /// </summary>
    internal bool CanOccurIn(ReadOnlySpan<char> text) =>
        _anyWord is not null && (!Ascii.IsValid(text) || text.ContainsAny(_anyWord));

    /// <summary>
    /// Finds the first word or phrase of this set among the tokens of <paramref name="window"/>; returns it, or
    /// <see langword="null"/>.
    /// </summary>
    internal string? FindIn(ContextWindow window)
    {
        if (IsEmpty)
        {
            return null;
        }

        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < window.Count; i++)
        {
            var token = window[i];
            if (lookup.TryGetValue(token, out var word))
            {
                return word;
            }

            var singular = Singular(token);
            if (singular.Length != token.Length && lookup.TryGetValue(singular, out word))
            {
                return word;
            }
        }

        for (var p = 0; p < _phrases.Length; p++)
        {
            var phrase = _phrases[p];
            for (var i = 0; i + phrase.Length <= window.Count; i++)
            {
                var all = true;
                for (var j = 0; j < phrase.Length && all; j++)
                {
                    var token = window[i + j];
                    all = token.SequenceEqual(phrase[j]) || Singular(token).SequenceEqual(phrase[j]);
                }

                if (all)
                {
                    return _phraseTexts[p];
                }
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> token)
    {
        if (token.Length > 4 && token.EndsWith("es", StringComparison.Ordinal) && token[^3] is 's' or 'x' or 'h')
        {
            return token[..^2];
        }

        return token.Length > 3 && token[^1] == 's' && token[^2] != 's' ? token[..^1] : token;
    }
}
