namespace Anonymizer.Analysis;

/// <summary>
/// How a context word near a match raises its score, as Presidio does: when one of the recognizer's context words
/// appears among the <see cref="WordsBefore"/> words before the match (or among the caller's extra context words), the
/// score is raised by <see cref="Boost"/>, to at least <see cref="MinimumScoreWithContext"/>, and at most 1.0.
/// A match whose checksum was validated is not changed.
/// </summary>
public sealed record ContextEnhancement
{
    /// <summary>The default: 5 words before, +0.35, floor 0.4.</summary>
    public static ContextEnhancement Default { get; } = new();

    /// <summary>No context enhancement at all.</summary>
    public static ContextEnhancement Disabled { get; } = new() { WordsBefore = 0, Boost = 0, MinimumScoreWithContext = 0 };

    /// <summary>How many words before the match are searched. Default 5.</summary>
    public int WordsBefore { get; init; } = 5;

    /// <summary>How much a context word adds to the score. Default 0.35.</summary>
    public double Boost { get; init; } = 0.35;

    /// <summary>The lowest score a match with a context word can have. Default 0.4.</summary>
    public double MinimumScoreWithContext { get; init; } = 0.4;

    /// <summary>Whether this enhancement never changes a score.</summary>
    public bool IsDisabled => Boost <= 0 && MinimumScoreWithContext <= 0;

    /// <summary>Checks the values are in range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(WordsBefore, nameof(WordsBefore));
        if (Boost is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Boost), Boost, "The context boost must lie in [0, 1].");
        }

        if (MinimumScoreWithContext is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumScoreWithContext), MinimumScoreWithContext, "The minimum score with context must lie in [0, 1].");
        }
    }

    /// <summary>The score of a match once a context word was found for it.</summary>
    public double Apply(double score) => Math.Min(1.0, Math.Max(score + Boost, MinimumScoreWithContext));
}
