using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using BenchmarkDotNet.Attributes;

namespace Anonymizer.Benchmarks;

/// <summary>The whole pattern tier (every recognizer on by default) and the facade, one thread, over the mail corpus.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private static readonly Regex Reference = new(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private readonly PiiAnalyzer _analyzer = new AnonymizerBuilder().BuildAnalyzer();
    private readonly AnonymizationEngine _engine = new AnonymizerBuilder().Build();
    private readonly MatchSink _sink = new();

    [Benchmark(Baseline = true)]
    public int ReferenceEmailRegex()
    {
        var count = 0;
        foreach (var text in Corpus.Texts)
        {
            count += Reference.Count(text);
        }

        return count;
    }

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
