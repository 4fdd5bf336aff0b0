using Anonymizer.Analysis;
using Anonymizer.Tabular;

namespace Anonymizer.Cli.Processing;

/// <summary>Rewrites each record under the engine's policy: the whole line in text format, the scanned fields in JSONL.</summary>
internal sealed class RunProcessor(AnonymizationEngine engine, FieldScanner scanner) : RecordProcessor
{
    [ThreadStatic]
    private static MatchSink? t_sink;

    public override RecordOutcome Process(long index, string line)
    {
        var sink = t_sink ??= new MatchSink();
        var types = new List<string>();
        if (scanner.Format == RecordFormat.Text)
        {
            return RecordOutcome.Written(Rewrite(line, scanner.BaseOptions, sink, types), types);
        }

        var record = JsonlRecord.Parse(line);
        for (var f = 0; f < scanner.Fields.Count; f++)
        {
            var text = record.GetString(scanner.Fields[f]);
            if (text is null)
            {
                continue;
            }

            record.SetString(scanner.Fields[f], Rewrite(text, scanner.OptionsFor(f), sink, types));
        }

        return RecordOutcome.Written(record.ToJson(), types);
    }

    private string Rewrite(string text, AnalysisOptions options, MatchSink sink, List<string> types)
    {
        engine.Analyzer.Analyze(text, sink, options);
        if (sink.Count == 0)
        {
            return text;
        }

        foreach (var match in sink.Matches)
        {
            types.Add(match.EntityType);
        }

        return engine.Anonymizer.Anonymize(text, sink.Matches).Text;
    }
}
