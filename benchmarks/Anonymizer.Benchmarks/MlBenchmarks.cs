using Anonymizer.Analysis;
using Anonymizer.Ml;
using BenchmarkDotNet.Attributes;

namespace Anonymizer.Benchmarks;

/// <summary>
/// The ML recognizer alone (over whole e-mails, and over their lines as short records) and the full analyzer with it,
/// one thread, over the mail corpus.
/// </summary>
[MemoryDiagnoser]
public class MlBenchmarks
{
    private readonly Recognizer _ml = MlRecognizers.CreateDefault();
    private readonly PiiAnalyzer _full = new AnonymizerBuilder().AddMlRecognizer().BuildAnalyzer();
    private readonly MatchSink _sink = new();

    [Benchmark(Baseline = true)]
    public int ReferenceEmailRegex() => ReferenceScan.Run();

    [Benchmark]
    public int MlRecognizerAlone() => RecognizerRuns.CountMatches(_ml, Corpus.Texts, _sink);

    [Benchmark]
    public int MlRecognizerOverLines() => RecognizerRuns.CountMatches(_ml, Corpus.Lines, _sink);

    [Benchmark]
    public int FullAnalyzerWithMl()
    {
        var count = 0;
        foreach (var text in Corpus.Texts)
        {
            _full.Analyze(text, _sink);
            count += _sink.Count;
        }

        return count;
    }
}
