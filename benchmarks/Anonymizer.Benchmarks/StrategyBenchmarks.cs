using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Anonymizer.Keys;
using BenchmarkDotNet.Attributes;

namespace Anonymizer.Benchmarks;

/// <summary>Each strategy rewriting the same detections (found once in setup), against replace-with-tag as the baseline.</summary>
[MemoryDiagnoser]
public class StrategyBenchmarks
{
    private readonly List<(string Text, PiiMatch[] Matches)> _documents = [];
    private TextAnonymizer _anonymizer = null!;
    private AnonymizationKey _key = null!;

    [Params("replace", "redact", "mask", "hash", "pseudonymize", "encrypt", "encrypt-fpe", "shift-date", "generalize")]
    public string Strategy { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _key = AnonymizationKey.Generate();
        var analyzer = new AnonymizerBuilder().BuildAnalyzer();
        foreach (var text in Corpus.Texts.Take(300))
        {
            _documents.Add((text, analyzer.Analyze(text)));
        }

        var json = Strategy switch
        {
            "encrypt-fpe" => """{ "default": { "strategy": "encrypt", "mode": "format-preserving" } }""",
            _ => $$"""{ "default": { "strategy": "{{Strategy}}" } }""",
        };
        _anonymizer = new TextAnonymizer(PolicyFile.Parse(json, _key));
    }

    [GlobalCleanup]
    public void Cleanup() => _key.Dispose();

    private readonly TextAnonymizer _replace = new(AnonymizationPolicy.ReplaceAll);

    [Benchmark(Baseline = true)]
    public int ReplaceWithTag() => Run(_replace);

    [Benchmark]
    public int Rewrite() => Run(_anonymizer);

    private int Run(TextAnonymizer anonymizer)
    {
        var length = 0;
        foreach (var (text, matches) in _documents)
        {
            length += anonymizer.Anonymize(text, matches).Text.Length;
        }

        return length;
    }
}
