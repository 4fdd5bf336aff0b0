using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers;

/// <summary>Reports each of a list of words or phrases (whole words, ignoring case) as one entity type with score 1.0.</summary>
public sealed class DenyListRecognizer : Recognizer
{
    private readonly Regex _regex;
    private readonly string _entityType;

    /// <summary>Creates a deny-list recognizer.</summary>
    /// <param name="name">Recognizer name.</param>
    /// <param name="entityType">The entity type reported.</param>
    /// <param name="words">The words or phrases.</param>
    public DenyListRecognizer(string name, string entityType, IEnumerable<string> words)
        : base(name, [entityType])
    {
        ArgumentNullException.ThrowIfNull(words);
        var alternatives = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => Regex.Escape(w.Trim())).Distinct().ToArray();
        if (alternatives.Length == 0)
        {
            throw new ArgumentException($"Deny list '{name}' has no words.", nameof(words));
        }

        // Longest first, so that a phrase wins over a word it starts with.
        Array.Sort(alternatives, (a, b) => b.Length.CompareTo(a.Length));
        _regex = new Regex(
            $@"(?<![\p{{L}}\p{{N}}_])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}_])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
            UserRegex.Timeout);
        _entityType = entityType;
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
    {
        foreach (var match in _regex.EnumerateMatches(text))
        {
            sink.Add(new PiiMatch(_entityType, match.Index, match.Length, 1.0, Name, new MatchExplanation("deny-list", ValidationOutcome.Undecided, 1.0)));
        }
    }
}
