using Anonymizer.Analysis;
using BenchmarkDotNet.Attributes;

namespace Anonymizer.Benchmarks;

/// <summary>
/// The whole pattern tier (every recognizer on by default) and the facade, one thread, over the mail corpus: whole e-mails,
/// and their lines as short records.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private readonly MatchSink _sink = new();
    private PiiAnalyzer _analyzer = new AnonymizerBuilder().BuildAnalyzer();
    private AnonymizationEngine _engine = new AnonymizerBuilder().Build();

    /// <summary>
    /// Fresh recognizers for every pass: the phone recognizer remembers the windows it has parsed, and a pass over a corpus
    /// it has already seen would measure that cache rather than a first reading of the text.
    /// </summary>
    [IterationSetup]
    public void FreshRecognizers()
    {
        _analyzer = new AnonymizerBuilder().BuildAnalyzer();
        _engine = new AnonymizerBuilder().Build();
    }

    [Benchmark(Baseline = true)]
    public int ReferenceEmailRegex() => ReferenceScan.Run();

    [Benchmark]
    public int PatternTierAnalyze() => RecognizerRuns.CountMatches(_analyzer, Corpus.Texts, _sink);

    /// <summary>The same e-mails cut into their non-empty lines, each a text: short records, where a call's fixed cost counts.</summary>
    [Benchmark]
    public int PatternTierAnalyzeLines() => RecognizerRuns.CountMatches(_analyzer, Corpus.Lines, _sink);

    [Benchmark]
    public int AnalyzeAndAnonymize()
    {
        var length = 0;
        foreach (var text in Corpus.Texts)
        {
            length += _engine.Anonymize(text).Text.Length;
        }

        return length;
    }
}
