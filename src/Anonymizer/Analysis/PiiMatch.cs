namespace Anonymizer.Analysis;

/// <summary>One detected piece of personal data: where it is in the analysed text, what it is, and how sure we are.</summary>
/// <param name="EntityType">Entity type name, e.g. <see cref="PiiEntityTypes.EmailAddress"/>.</param>
/// <param name="Start">Start offset in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Score">Confidence in [0, 1].</param>
/// <param name="Recognizer">Name of the recognizer that reported it.</param>
/// <param name="Explanation">Why it was reported with this score.</param>
public readonly record struct PiiMatch(
    string EntityType,
    int Start,
    int Length,
    double Score,
    string Recognizer,
    MatchExplanation Explanation)
{
    /// <summary>End offset (exclusive) in UTF-16 code units.</summary>
    public int End => Start + Length;

    /// <summary>Whether this match shares at least one character with <paramref name="other"/>.</summary>
    public bool Overlaps(in PiiMatch other) => Start < other.End && other.Start < End;

    /// <summary>Whether this match lies entirely within <paramref name="other"/>.</summary>
    public bool IsWithin(in PiiMatch other) => Start >= other.Start && End <= other.End;

    /// <summary>The matched text, cut from the text that was analysed.</summary>
    public ReadOnlySpan<char> TextIn(ReadOnlySpan<char> analysedText) => analysedText.Slice(Start, Length);
}
