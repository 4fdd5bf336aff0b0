using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Anonymizer.Analysis;
using Anonymizer.Tabular;

namespace Anonymizer.Cli.Processing;

/// <summary>
/// Writes, per record, <c>{"record":N,"entities":[{"type":…,"start":…,"end":…,"score":…,"recognizer":…}]}</c>
/// (plus <c>"field"</c> when several fields are scanned and <c>"text"</c> only with --show-text).
/// </summary>
internal sealed class DetectProcessor(PiiAnalyzer analyzer, FieldScanner scanner, bool showText) : RecordProcessor
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static MatchSink? t_sink;

    public override RecordOutcome Process(long index, string line)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var sink = t_sink ??= new MatchSink();
        var types = new List<string>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("record", index);
            json.WritePropertyName("entities");
            json.WriteStartArray();
            if (scanner.Format == RecordFormat.Text)
            {
                analyzer.Analyze(line, sink, scanner.BaseOptions);
                WriteEntities(json, line, sink, null, types);
            }
            else
            {
                var record = JsonlRecord.Parse(line);
                for (var f = 0; f < scanner.Fields.Count; f++)
                {
                    var text = record.GetString(scanner.Fields[f]);
                    if (text is null)
                    {
                        continue;
                    }

                    analyzer.Analyze(text, sink, scanner.OptionsFor(f));
                    WriteEntities(json, text, sink, scanner.NamesFields ? scanner.Fields[f].Text : null, types);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var output = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > 1 << 20)
        {
            t_buffer = null;
        }

        return RecordOutcome.Written(output, types);
    }

    private void WriteEntities(Utf8JsonWriter json, string text, MatchSink sink, string? field, List<string> types)
    {
        foreach (var match in sink.Matches)
        {
            types.Add(match.EntityType);
            json.WriteStartObject();
            if (field is not null)
            {
                json.WriteString("field", field);
            }

            json.WriteString("type", match.EntityType);
            json.WriteNumber("start", match.Start);
            json.WriteNumber("end", match.End);
            json.WritePropertyName("score");
            json.WriteRawValue(FormatScore(match.Score), skipInputValidation: true);
            json.WriteString("recognizer", match.Recognizer);
            if (showText)
            {
                json.WriteString("text", match.TextIn(text));
            }

            json.WriteEndObject();
        }
    }

    /// <summary>Scores with at least one decimal (1.0, 0.85), as the contract shows them.</summary>
    internal static string FormatScore(double score) => Math.Round(score, 4).ToString("0.0###", CultureInfo.InvariantCulture);
}
