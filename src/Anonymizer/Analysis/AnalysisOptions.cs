namespace Anonymizer.Analysis;

/// <summary>Per-call settings of <see cref="PiiAnalyzer.Analyze(ReadOnlySpan{char}, AnalysisOptions?)"/>.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Default options: the analyzer's own entity set and threshold, no extra context.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>
    /// Entity types to report; <see langword="null"/> for the analyzer's default set. Naming a type runs its
    /// recognizer even when that recognizer is off by default.
    /// </summary>
    public IReadOnlyCollection<string>? Entities { get; init; }

    /// <summary>Lowest score reported; <see langword="null"/> for the analyzer's threshold.</summary>
    public double? MinScore { get; init; }

    /// <summary>
    /// Extra context for this text (e.g. the name of the column it came from): words here count as if they stood
    /// just before every match.
    /// </summary>
    public IReadOnlyList<string>? ContextWords { get; init; }
}
