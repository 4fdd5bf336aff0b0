using Anonymizer.Analysis;
using Anonymizer.Tabular;
using BenchmarkDotNet.Attributes;

namespace Anonymizer.Benchmarks;

/// <summary>JSONL end to end in-process: parse each record, anonymize its text field, serialize it back.</summary>
[MemoryDiagnoser]
public class JsonlBenchmarks
{
    private static readonly FieldPath Text = FieldPath.Parse("text");
    private readonly AnonymizationEngine _engine = new AnonymizerBuilder().Build();
    private readonly MatchSink _sink = new();
    private string[] _lines = [];

    [GlobalSetup]
    public void Setup() => _lines = Corpus.Texts.Select(t => System.Text.Json.JsonSerializer.Serialize(new { text = t })).ToArray();

    [Benchmark(Baseline = true)]
    public int ParseAndSerializeOnly()
    {
        var length = 0;
        foreach (var line in _lines)
        {
            length += JsonlRecord.Parse(line).ToJson().Length;
        }

        return length;
    }

    [Benchmark]
    public int AnonymizeRecords()
    {
        var length = 0;
        foreach (var line in _lines)
        {
            var record = JsonlRecord.Parse(line);
            var text = record.GetString(Text)!;
            _engine.Analyzer.Analyze(text, _sink);
            record.SetString(Text, _engine.Anonymizer.Anonymize(text, _sink.Matches).Text);
            length += record.ToJson().Length;
        }

        return length;
    }
}
