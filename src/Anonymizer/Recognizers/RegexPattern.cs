using System.Text.RegularExpressions;

namespace Anonymizer.Recognizers;

/// <summary>One named regular expression of a <see cref="PatternRecognizer"/> and the score it gives a bare match.</summary>
public sealed record RegexPattern
{
    /// <summary>Creates a pattern found through an anchor (see <see cref="PatternAnchor"/>).</summary>
    /// <param name="name">Its name, reported in the match explanation.</param>
    /// <param name="regex">The expression. The whole match is the entity. It must be bounded by a match timeout or use <see cref="RegexOptions.NonBacktracking"/>.</param>
    /// <param name="score">The score of a match before validation and context, in [0, 1].</param>
    /// <param name="anchor">How to find its matches faster than enumerating <paramref name="regex"/>, with the same result.</param>
    public RegexPattern(string name, Regex regex, double score, PatternAnchor anchor)
        : this(name, regex, score)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        if (anchor.AnchoredRegex.Options != regex.Options)
        {
            throw new ArgumentException($"Pattern '{name}': the anchored expression must have the same options.", nameof(anchor));
        }

        Anchor = anchor;
    }

    /// <summary>Creates a pattern.</summary>
    /// <param name="name">Its name, reported in the match explanation.</param>
    /// <param name="regex">The expression. The whole match is the entity. It must be bounded by a match timeout or use <see cref="RegexOptions.NonBacktracking"/>.</param>
    /// <param name="score">The score of a match before validation and context, in [0, 1].</param>
    public RegexPattern(string name, Regex regex, double score)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(regex);
        if (score is < 0 or > 1 || double.IsNaN(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A pattern score must lie in [0, 1].");
        }

        if (!IsBounded(regex))
        {
            throw new ArgumentException(
                $"Pattern '{name}' has neither a match timeout nor RegexOptions.NonBacktracking; an unbounded regex can hang on hostile input.",
                nameof(regex));
        }

        Name = name;
        Regex = regex;
        Score = score;
    }

    /// <summary>Its name, reported in the match explanation.</summary>
    public string Name { get; }

    /// <summary>The expression; the whole match is the entity.</summary>
    public Regex Regex { get; }

    /// <summary>The anchor that finds this pattern's matches faster, or <see langword="null"/> to enumerate <see cref="Regex"/>.</summary>
    public PatternAnchor? Anchor { get; }

    /// <summary>The score of a bare match.</summary>
    public double Score { get; }

    /// <summary>
    /// Optional: this pattern's own <see cref="Recognizers.DigitHint"/>, used instead of the recognizer's
    /// (<see cref="PatternRecognizerOptions.DigitHint"/>) — for a recognizer whose patterns differ in how many digits
    /// they need. Ignored when the pattern has an <see cref="Anchor"/>.
    /// </summary>
    public DigitHint? DigitHint { get; init; }

    /// <summary>Whether a regex is protected against catastrophic backtracking.</summary>
    public static bool IsBounded(Regex regex) =>
        (regex.Options & RegexOptions.NonBacktracking) != 0 || regex.MatchTimeout != Regex.InfiniteMatchTimeout;
}
