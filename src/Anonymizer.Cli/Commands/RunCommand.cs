using System.CommandLine;
using Anonymizer.Analysis;
using Anonymizer.Cli.Io;
using Anonymizer.Cli.Processing;
using Anonymizer.Cli.Reports;

namespace Anonymizer.Cli.Commands;

/// <summary><c>anonymize run</c>: rewrites the input into the output in the same format.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var policyOptions = new PolicyOptions();
        var report = new Option<string?>("--report")
        {
            Description = "Write a JSON report of the run (counts, entities per type, throughput; never a raw value) to this file.",
        };
        var quarantine = new Option<string?>("--quarantine")
        {
            Description = "Write records that cannot be processed to this file (JSONL: line, reason, raw record) and go on. Without it, the first such record stops the run with exit code 3.",
        };
        var command = new Command("run", "Rewrite personal data in the input under the policy (--policy; default: replace each entity with <TYPE>) and write the result in the same format.");
        common.AddTo(command);
        policyOptions.AddTo(command);
        command.Options.Add(report);
        command.Options.Add(quarantine);
        command.SetAction(result =>
        {
            var settings = common.Read(result);
            var reportPath = result.GetValue(report);
            var quarantinePath = result.GetValue(quarantine);
            using var key = policyOptions.ReadKey(result);
            var policy = policyOptions.ReadPolicy(result, key);
            var engine = EngineFactory.Build(settings, policy);
            var options = new AnalysisOptions { Entities = EngineFactory.EntityFilter(settings, engine.Analyzer), MinScore = settings.MinScore };
            var scanner = new FieldScanner(settings.Format, settings.TextFields, options);
            var processor = new RunProcessor(engine, scanner);
            using var input = InputOpener.Open(settings.Input);
            using var output = OutputTarget.Open(settings.Output, "--output");
            using var quarantineTarget = quarantinePath is null ? null : OutputTarget.Open(quarantinePath, "--quarantine");
            using var quarantineWriter = quarantineTarget is null ? null : new QuarantineWriter(quarantineTarget.Writer);
            var counts = new RecordPipeline(processor, settings.Threads).Run(input, settings.InputName, output.Writer, quarantineWriter);
            output.Commit();
            quarantineTarget?.Commit();
            if (reportPath is not null)
            {
                RunReport.Write(reportPath, settings, counts, engine.Anonymizer.Policy, key?.KeyId);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
