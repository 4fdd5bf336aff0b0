using Anonymizer.Analysis;
using BenchmarkDotNet.Attributes;

namespace Anonymizer.Benchmarks;

/// <summary>The whole pattern tier (every recognizer on by default) and the facade, one thread, over the mail corpus.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private readonly PiiAnalyzer _analyzer = new AnonymizerBuilder().BuildAnalyzer();
    private readonly AnonymizationEngine _engine = new AnonymizerBuilder().Build();
    private readonly MatchSink _sink = new();

    [Benchmark(Baseline = true)]
    public int ReferenceEmailRegex() => ReferenceScan.Run();

    [Benchmark]
    public int PatternTierAnalyze()
    {
        var count = 0;
        foreach (var text in Corpus.Texts)
        {
            _analyzer.Analyze(text, _sink);
            count += _sink.Count;
        }

        return count;
    }

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
