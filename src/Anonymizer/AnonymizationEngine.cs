using Anonymizer.Analysis;
using Anonymizer.Anonymization;

namespace Anonymizer;

/// <summary>
/// The facade: analyzes a text and rewrites what it found in one call. Built by <see cref="AnonymizerBuilder"/>;
/// immutable and thread-safe. The analyzer and the anonymizer stay available on their own, so detections can be
/// reviewed before anything is rewritten.
/// </summary>
public sealed class AnonymizationEngine
{
    internal AnonymizationEngine(PiiAnalyzer analyzer, TextAnonymizer anonymizer)
    {
        Analyzer = analyzer;
        Anonymizer = anonymizer;
    }

    /// <summary>The analyzer that finds personal data.</summary>
    public PiiAnalyzer Analyzer { get; }

    /// <summary>The anonymizer that rewrites it under the policy.</summary>
    public TextAnonymizer Anonymizer { get; }

    /// <summary>Finds personal data in <paramref name="text"/>.</summary>
    public PiiMatch[] Analyze(string text, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyzer.Analyze(text, options);
    }

    /// <summary>Finds personal data in <paramref name="text"/> and rewrites it under the policy.</summary>
    public AnonymizedText Anonymize(string text, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = Analyzer.Analyze(text, options);
        return Anonymizer.Anonymize(text, matches);
    }
}
