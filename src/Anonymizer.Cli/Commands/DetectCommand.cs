using System.CommandLine;
using System.Text;
using System.Text.Json;
using Anonymizer.Analysis;
using Anonymizer.Cli.Io;
using Anonymizer.Cli.Processing;
using Anonymizer.Streaming;
using Anonymizer.Tabular;

namespace Anonymizer.Cli.Commands;

/// <summary><c>anonymize detect</c>: one JSON object of detections per input record.</summary>
internal static class DetectCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var showText = new Option<bool>("--show-text")
        {
            Description = "Also print the matched text of each entity. Off by default: the output then holds no personal data.",
        };
        var command = new Command("detect", "Find personal data and print, per record, the entities found (type, UTF-16 start/end, score, recognizer).");
        common.AddTo(command);
        command.Options.Add(showText);
        command.SetAction(result =>
        {
            var settings = common.Read(result);
            var show = result.GetValue(showText);
            var engine = EngineFactory.Build(settings);
            var options = new AnalysisOptions { Entities = EngineFactory.EntityFilter(settings, engine.Analyzer), MinScore = settings.MinScore };
            if (settings.Whole)
            {
                if (show)
                {
                    throw new UsageException("--show-text: not available with --whole");
                }

                DetectWhole(settings, engine, options);
                return ExitCodes.Success;
            }

            var namesFields = settings.Format is RecordFormat.Csv or RecordFormat.Parquet
                || (settings.Format == RecordFormat.Jsonl && (settings.AllStringFields || settings.ScannedFields.Count > 1));
            var processor = new DetectRecordProcessor(engine, options, settings.Columns, namesFields, show);
            using var output = OutputTarget.Open(settings.Output, "--output", settings.Compression);
            using var source = InputSource.Open(settings, settings.FormatOptions, quarantine: null);
            var writer = output.Writer;
            var stats = new RunStatistics();
            using (SinkFactory.Progress(settings, stats, source))
            {
                CorpusRunner.Run(
                    source,
                    processor,
                    record =>
                    {
                        writer.Write(((DetectOutput)record.Result!).Line);
                        writer.Write('\n');
                    },
                    null,
                    null,
                    settings.InputName,
                    settings.Threads,
                    stats);
            }

            output.Commit();
            return ExitCodes.Success;
        });
        return command;
    }

    private static void DetectWhole(CommonSettings settings, AnonymizationEngine engine, AnalysisOptions options)
    {
        using var output = OutputTarget.Open(settings.Output, "--output", settings.Compression);
        using var stream = InputSource.OpenStream(settings.Input, settings.Compression, out _);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        using (var json = new Utf8JsonWriter(output.Stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("record", 0);
            json.WriteStartArray("entities");
            new ChunkedTextAnonymizer(engine.Analyzer, engine.Anonymizer).Analyze(
                reader,
                match =>
                {
                    json.WriteStartObject();
                    json.WriteString("type", match.EntityType);
                    json.WriteNumber("start", match.Start);
                    json.WriteNumber("end", match.End);
                    json.WritePropertyName("score");
                    json.WriteRawValue(DetectRecordProcessor.FormatScore(match.Score), skipInputValidation: true);
                    json.WriteString("recognizer", match.Recognizer);
                    json.WriteEndObject();
                    if (json.BytesPending > 1 << 16)
                    {
                        json.Flush();
                    }
                },
                options);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Stream.WriteByte((byte)'\n');
        output.Commit();
    }
}
