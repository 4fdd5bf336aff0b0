using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using BenchmarkDotNet.Attributes;

namespace Anonymizer.Benchmarks;

/// <summary>
/// Each built-in recognizer alone over the mail corpus, against a baseline of one compiled e-mail regex scan over
/// the same texts. Allocated bytes per operation must stay flat (no per-match allocation).
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private readonly MatchSink _sink = new();
    private Recognizer _recognizer = null!;

    public static IEnumerable<string> Names => RecognizerCatalog.Create().Select(r => r.Name);

    [ParamsSource(nameof(Names))]
    public string Recognizer { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _recognizer = RecognizerCatalog.Create().Single(r => r.Name == Recognizer);

    [Benchmark(Baseline = true)]
    public int ReferenceEmailRegex() => ReferenceScan.Run();

    [Benchmark]
    public int RecognizerAlone() => RecognizerRuns.CountMatches(_recognizer, Corpus.Texts, _sink);
}
