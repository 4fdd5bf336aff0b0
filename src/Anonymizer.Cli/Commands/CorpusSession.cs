using Anonymizer.Cli.Io;
using Anonymizer.Cli.Processing;
using Anonymizer.Cli.Reports;
using Anonymizer.Tabular;
using Anonymizer.Tabular.Formats;
using Anonymizer.Tabular.Pipeline;

namespace Anonymizer.Cli.Commands;

/// <summary>The quarantine of a run: explicit, defaulted next to the output (created only when needed), or none.</summary>
internal sealed class QuarantineTarget : IDisposable
{
    private OutputTarget? _target;

    private QuarantineTarget(string? path, bool isDefault)
    {
        Path = path;
        IsDefault = isDefault;
        if (path is not null)
        {
            Sink = new QuarantineSink(() => (_target ??= OutputTarget.Open(path, "--quarantine")).Writer);
            if (!isDefault)
            {
                _target = OutputTarget.Open(path, "--quarantine");
            }
        }
    }

    public string? Path { get; }

    public bool IsDefault { get; }

    public QuarantineSink? Sink { get; }

    /// <summary>
    /// --fail-on-error: none. --quarantine FILE: that file. Otherwise <c>OUTPUT.quarantine.jsonl</c> when the output
    /// is a file, and none (the first bad record stops the run with exit 3) when it is standard output.
    /// </summary>
    public static QuarantineTarget For(string? explicitPath, bool failOnError, string output)
    {
        if (failOnError)
        {
            if (explicitPath is not null)
            {
                throw new UsageException("--fail-on-error: cannot be combined with --quarantine");
            }

            return new QuarantineTarget(null, false);
        }

        if (explicitPath is not null)
        {
            return new QuarantineTarget(explicitPath, false);
        }

        return output == "-" ? new QuarantineTarget(null, false) : new QuarantineTarget(output + ".quarantine.jsonl", true);
    }

    public void Commit()
    {
        Sink?.Flush();
        _target?.Commit();
    }

    public void Dispose() => _target?.Dispose();
}

/// <summary>Opens the sink of the run's output format.</summary>
internal static class SinkFactory
{
    public static RecordSink Create(RecordFormatOptions options, RecordSource source, OutputTarget output) => options.Format switch
    {
        RecordFormat.Parquet => new ParquetRecordSink(output.Stream, ((ParquetRecordSource)source).Schema, options),
        RecordFormat.Csv => new CsvRecordSink(output.Stream, options),
        _ => new LineRecordSink(output.Stream),
    };

    /// <summary>Finishes the sink: a CSV output of an input without rows still gets its header.</summary>
    public static void Complete(RecordSink sink, RecordSource source)
    {
        if (sink is CsvRecordSink csv && source is CsvRecordSource csvSource && csvSource.Header.Count > 0)
        {
            csv.WriteHeader(csvSource.Header);
        }

        sink.Complete();
    }

    public static IDisposable Progress(CommonSettings settings, RunStatistics stats, RecordSource source) =>
        ProgressDisplay.Start(() => (stats.Read, source.BytesRead), InputSource.SizeOf(settings.Input), settings.Quiet);
}
