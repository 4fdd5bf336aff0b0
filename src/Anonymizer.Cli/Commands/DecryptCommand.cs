using System.CommandLine;
using Anonymizer.Anonymization;
using Anonymizer.Cli.Processing;

namespace Anonymizer.Cli.Commands;

/// <summary><c>anonymize decrypt</c>: restores every value that the <c>encrypt</c> strategy wrote, exactly.</summary>
internal static class DecryptCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var policyOptions = new PolicyOptions();
        var quarantine = new Option<string?>("--quarantine")
        {
            Description = "Write records that cannot be decrypted (a token altered, or made with another key) to this file and go on. Default: OUTPUT.quarantine.jsonl when --output is a file; with standard output, the first such record stops the run with exit code 3.",
        };
        var command = new Command("decrypt", "Restore the values that the encrypt strategy replaced ([[ENC:…]] tokens anywhere in the scanned fields; format-preserving values in entity columns), using the same key and policy. Everything else passes through unchanged.");
        common.AddTo(command);
        policyOptions.AddTo(command);
        command.Options.Add(quarantine);
        command.SetAction(result =>
        {
            var settings = common.Read(result);
            using var key = policyOptions.ReadKey(result)
                ?? throw new UsageException($"decrypt needs the key that encrypted the values: give --key-file FILE or set {Keys.AnonymizationKey.EnvironmentVariable}");
            var policy = policyOptions.ReadPolicy(result, key);
            settings = RunCommand.WithPolicyColumns(settings, result.GetValue(policyOptions.Policy), result.GetValue(common.Columns));
            var engine = EngineFactory.Build(settings, policy);
            var processor = new DecryptRecordProcessor(engine, settings.Columns, new TextDecryptor(key));
            RunCommand.RunRecords(settings, processor, result.GetValue(quarantine), failOnError: false);
            return ExitCodes.Success;
        });
        return command;
    }
}
