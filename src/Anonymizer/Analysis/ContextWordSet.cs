using System.Collections.Frozen;

namespace Anonymizer.Analysis;

/// <summary>
/// An immutable set of context words and phrases, compared case-insensitively. A phrase ("credit card") matches when its
/// words appear in order in the context; a single word also matches its plural ("number" matches "numbers").
/// </summary>
public sealed class ContextWordSet
{
    private readonly FrozenSet<string> _words;
    private readonly string[][] _phrases;

    private ContextWordSet(FrozenSet<string> words, string[][] phrases, IReadOnlyList<string> all)
    {
        _words = words;
        _phrases = phrases;
        All = all;
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
    /// Finds the first word or phrase of this set among <paramref name="lowerCaseTokens"/>; returns it, or
    /// <see langword="null"/>.
    /// </summary>
    internal string? FindIn(IReadOnlyList<string> lowerCaseTokens)
    {
        if (IsEmpty)
        {
            return null;
        }

        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < lowerCaseTokens.Count; i++)
        {
            var token = lowerCaseTokens[i];
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

        foreach (var phrase in _phrases)
        {
            for (var i = 0; i + phrase.Length <= lowerCaseTokens.Count; i++)
            {
                var all = true;
                for (var j = 0; j < phrase.Length && all; j++)
                {
                    all = lowerCaseTokens[i + j] == phrase[j] || Singular(lowerCaseTokens[i + j]).SequenceEqual(phrase[j]);
                }

                if (all)
                {
                    return string.Join(' ', phrase);
                }
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> Singular(string token)
    {
        if (token.Length > 4 && token.EndsWith("es", StringComparison.Ordinal) && token[^3] is 's' or 'x' or 'h')
        {
            return token.AsSpan(0, token.Length - 2);
        }

        return token.Length > 3 && token[^1] == 's' && token[^2] != 's' ? token.AsSpan(0, token.Length - 1) : token;
    }
}
