using System.Text.RegularExpressions;

namespace Anonymizer.Recognizers;

/// <summary>One named regular expression of a <see cref="PatternRecognizer"/> and the score it gives a bare match.</summary>
public sealed record RegexPattern
{
    /// <summary>Creates a pattern found through an anchor (see <see cref="PatternAnchor"/>).</summary>
    /// <param name="name">Its name, reported in the match explanation.</param>
    /// <param name="regex">The expression. The whole match is the entity. It must be bounded (see <see cref="IsBounded"/>): a match timeout, <see cref="RegexOptions.NonBacktracking"/>, or a pattern whose backtracking is bounded.</param>
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
    /// <param name="regex">The expression. The whole match is the entity. It must be bounded (see <see cref="IsBounded"/>): a match timeout, <see cref="RegexOptions.NonBacktracking"/>, or a pattern whose backtracking is bounded.</param>
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
                $"Pattern '{name}' has neither a match timeout nor RegexOptions.NonBacktracking, and its backtracking is not bounded; such a regex can hang on hostile input.",
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

    /// <summary>
    /// Whether a regex is protected against catastrophic backtracking: it runs on the linear-time engine, has a match
    /// timeout, or its pattern bounds what backtracking can cost at any one position (every quantifier bounded, at most
    /// <see cref="MaxStepsPerPosition"/> steps with every way explored), so its cost grows linearly with the input
    /// whatever the input.
    /// </summary>
    public static bool IsBounded(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        return (regex.Options & RegexOptions.NonBacktracking) != 0
            || regex.MatchTimeout != Regex.InfiniteMatchTimeout
            || RegexShape.Of(regex) is { WorstCaseSteps: <= MaxStepsPerPosition };
    }

    /// <summary>
    /// The most backtracking steps per position of the input a pattern may take to run without a match timeout: a
    /// scan of a 64 K-character window then costs at most a few hundred million steps, what the timeout allows anyway.
    /// The built-in patterns below it (all but e-mail, URL, IPv6, month-name dates and the Italian VAT code) skip the
    /// timeout's clock reads, which cost as much as a short match.
    /// </summary>
    public const double MaxStepsPerPosition = 4096;
}
