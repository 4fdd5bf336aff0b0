using System.CommandLine;
using System.Security.Cryptography;
using Anonymizer.Anonymization;
using Anonymizer.Cli.Io;
using Anonymizer.Cli.Processing;
using Anonymizer.Tabular;

namespace Anonymizer.Cli.Commands;

/// <summary><c>anonymize decrypt</c>: restores every value that the <c>encrypt</c> strategy wrote, exactly.</summary>
internal static class DecryptCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("INPUT") { Description = "Anonymized input file, or '-' for standard input." };
        var format = new Option<string?>("--format") { Description = "Input format: text or jsonl. Default: from the file extension." };
        var fields = new Option<string[]>("--text-field") { Description = "JSONL: a field to restore (dotted paths allowed). May be given several times. Default: text." };
        var output = new Option<string?>("--output", "-o") { Description = "Output file, or '-' for standard output (the default)." };
        var policyOptions = new PolicyOptions();
        var command = new Command("decrypt", "Restore the values that the encrypt strategy replaced by [[ENC:…]] tokens, using the same key. Other text passes through unchanged.")
        {
            input, format, fields, output,
        };
        policyOptions.AddTo(command);
        command.SetAction(result =>
        {
            var inputPath = result.GetValue(input) ?? "-";
            if (inputPath != "-" && !File.Exists(inputPath))
            {
                throw new UsageException($"INPUT: file not found: {inputPath}");
            }

            using var key = policyOptions.ReadKey(result)
                ?? throw new UsageException($"decrypt needs the key that encrypted the values: give --key-file FILE or set {Keys.AnonymizationKey.EnvironmentVariable}");

            // The policy is optional here (tokens name their key id); when given, it is validated with the key.
            policyOptions.ReadPolicy(result, key);
            var formatName = result.GetValue(format);
            var recordFormat = formatName is null
                ? (inputPath == "-" ? RecordFormat.Text : RecordFormats.FromPath(inputPath))
                : RecordFormats.Parse(formatName) ?? throw new UsageException($"--format: unknown format '{formatName}'");
            var paths = (result.GetValue(fields) is { Length: > 0 } given ? given : ["text"]).Select(FieldPath.Parse).ToArray();
            var processor = new DecryptProcessor(new TextDecryptor(key), recordFormat, paths);
            var inputName = inputPath == "-" ? "<stdin>" : inputPath;
            using var reader = InputOpener.Open(inputPath);
            using var target = OutputTarget.Open(result.GetValue(output) ?? "-", "--output");
            new RecordPipeline(processor, Environment.ProcessorCount).Run(reader, inputName, target.Writer, quarantine: null);
            target.Commit();
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed class DecryptProcessor(TextDecryptor decryptor, RecordFormat format, IReadOnlyList<FieldPath> fields) : RecordProcessor
    {
        public override RecordOutcome Process(long index, string line)
        {
            try
            {
                if (format == RecordFormat.Text)
                {
                    return RecordOutcome.Written(decryptor.Decrypt(line), []);
                }

                var record = JsonlRecord.Parse(line);
                foreach (var field in fields)
                {
                    if (record.GetString(field) is { } text)
                    {
                        record.SetString(field, decryptor.Decrypt(text));
                    }
                }

                return RecordOutcome.Written(record.ToJson(), []);
            }
            catch (CryptographicException ex)
            {
                throw new RecordParseException($"cannot decrypt: {ex.Message}", ex);
            }
        }
    }
}
