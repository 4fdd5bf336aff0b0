using System.CommandLine;
using System.Text;
using Anonymizer.Analysis;
using Anonymizer.Cli.Io;
using Anonymizer.Cli.Processing;
using Anonymizer.Cli.Reports;
using Anonymizer.Streaming;
using Anonymizer.Tabular;
using Anonymizer.Tabular.Formats;

namespace Anonymizer.Cli.Commands;

/// <summary><c>anonymize run</c>: rewrites the input into the output in the same format.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var policyOptions = new PolicyOptions();
        var report = new Option<string[]>("--report")
        {
            Description = "Write the audit report of the run (counts, entities per type/field/recognizer, score histogram, policy, throughput; never a raw value): JSON, or an HTML page when the name ends in .html. May be given twice (one of each).",
        };
        var quarantine = new Option<string?>("--quarantine")
        {
            Description = "Write records that cannot be processed to this file (JSONL: line, reason, raw record) and go on. Default: OUTPUT.quarantine.jsonl when --output is a file (created only when needed); with standard output, the first such record stops the run with exit code 3.",
        };
        var failOnError = new Option<bool>("--fail-on-error")
        {
            Description = "Stop at the first record that cannot be processed, with exit code 3 naming the file, line and reason.",
        };
        var excludeSubjects = new Option<string?>("--exclude-subjects")
        {
            Description = "File of identifiers of people who withdrew consent, one per line (e-mail addresses, phone numbers, or ids with --subject-column). A record that mentions one, or whose subject column holds one, is left out and counted (never listed) in the report.",
        };
        var subjectColumn = new Option<string?>("--subject-column")
        {
            Description = "The column or field that holds the subject id compared with --exclude-subjects.",
        };
        var command = new Command("run", "Rewrite personal data in the input under the policy (--policy; default: replace each entity with <TYPE>) and write the result in the same format.");
        common.AddTo(command);
        policyOptions.AddTo(command);
        foreach (var option in new Option[] { report, quarantine, failOnError, excludeSubjects, subjectColumn })
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var settings = common.Read(result);
            var reportPaths = result.GetValue(report) ?? [];
            foreach (var path in reportPaths)
            {
                if (path == "-")
                {
                    throw new UsageException("--report: give a file name (.json or .html)");
                }
            }

            var subjectsPath = result.GetValue(excludeSubjects);
            var subjectName = result.GetValue(subjectColumn);
            if (subjectName is not null && subjectsPath is null)
            {
                throw new UsageException("--subject-column: needs --exclude-subjects");
            }

            var subjects = subjectsPath is null ? null : SubjectList.Load(subjectsPath);
            using var key = policyOptions.ReadKey(result);
            var policy = policyOptions.ReadPolicy(result, key);
            settings = WithPolicyColumns(settings, result.GetValue(policyOptions.Policy), result.GetValue(common.Columns));
            var engine = EngineFactory.Build(settings, policy);
            var options = new AnalysisOptions { Entities = EngineFactory.EntityFilter(settings, engine.Analyzer), MinScore = settings.MinScore };
            var stats = settings.Whole
                ? RunWhole(settings, engine, options)
                : RunRecords(settings, new RunRecordProcessor(engine, options, settings.Columns, subjects, subjectName), result.GetValue(quarantine), result.GetValue(failOnError));
            foreach (var path in reportPaths)
            {
                RunReport.Write(path, settings, stats, engine.Anonymizer.Policy, key?.KeyId);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The policy file's "columns" section, unless --columns gives the column policies (not both).</summary>
    internal static CommonSettings WithPolicyColumns(CommonSettings settings, string? policyPath, string? columnsPath)
    {
        var fromPolicy = CommonOptions.ReadColumns(policyPath, "--policy", required: false);
        if (fromPolicy.ByName.Count == 0)
        {
            return settings;
        }

        if (columnsPath is not null)
        {
            throw new UsageException("--columns: the policy file already has a \"columns\" section; give column policies in one place");
        }

        return settings with { Columns = fromPolicy };
    }

    /// <summary>Streams the records of the input through <paramref name="processor"/> into the output (run, decrypt).</summary>
    internal static RunStatistics RunRecords(CommonSettings settings, CorpusProcessor processor, string? quarantinePath, bool failOnError)
    {
        var formatOptions = settings.FormatOptions;
        using var quarantine = QuarantineTarget.For(quarantinePath, failOnError, settings.Output);
        using var output = OutputTarget.Open(settings.Output, "--output", settings.Compression, seekable: settings.Format == RecordFormat.Parquet);
        using var source = InputSource.Open(settings, formatOptions, quarantine.Sink);
        using var sink = SinkFactory.Create(formatOptions, source, output);
        var stats = new RunStatistics();
        Action<Tabular.Pipeline.TabularRecord>? skip = sink is ParquetRecordSink parquet ? parquet.Skip : null;
        using (SinkFactory.Progress(settings, stats, source))
        {
            CorpusRunner.Run(source, processor, sink.Write, skip, quarantine.Sink, settings.InputName, settings.Threads, stats);
        }

        SinkFactory.Complete(sink, source);
        output.Commit();
        quarantine.Commit();
        if (quarantine.IsDefault && stats.Quarantined > 0)
        {
            Console.Error.WriteLine($"anonymize: warning: {stats.Quarantined} record(s) could not be processed and were quarantined in {quarantine.Path}");
        }

        return stats;
    }

    private static RunStatistics RunWhole(CommonSettings settings, AnonymizationEngine engine, AnalysisOptions options)
    {
        var stats = new RunStatistics { Threads = 1 };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var output = OutputTarget.Open(settings.Output, "--output", settings.Compression);
        using var stream = InputSource.OpenStream(settings.Input, settings.Compression, out var raw);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        var hits = new List<EntityHit>();
        var chunked = new ChunkedTextAnonymizer(engine.Analyzer, engine.Anonymizer);
        var characters = chunked.Anonymize(reader, output.Writer, options, match => hits.Add(new EntityHit(match.EntityType, "text", match.Recognizer, match.Score)));
        output.Commit();
        stats.CountRead(characters);
        stats.Written = 1;
        stats.RawBytes = raw.Count;
        stats.Add(hits);
        stats.Elapsed = clock.Elapsed;
        return stats;
    }
}
