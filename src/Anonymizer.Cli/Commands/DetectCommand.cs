using System.CommandLine;
using Anonymizer.Analysis;
using Anonymizer.Cli.Io;
using Anonymizer.Cli.Processing;

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
            var engine = EngineFactory.Build(settings);
            var options = new AnalysisOptions { Entities = EngineFactory.EntityFilter(settings, engine.Analyzer), MinScore = settings.MinScore };
            var scanner = new FieldScanner(settings.Format, settings.TextFields, options);
            var processor = new DetectProcessor(engine.Analyzer, scanner, result.GetValue(showText));
            using var input = InputOpener.Open(settings.Input);
            using var output = OutputTarget.Open(settings.Output, "--output");
            new RecordPipeline(processor, settings.Threads).Run(input, settings.InputName, output.Writer, quarantine: null);
            output.Commit();
            return ExitCodes.Success;
        });
        return command;
    }
}
