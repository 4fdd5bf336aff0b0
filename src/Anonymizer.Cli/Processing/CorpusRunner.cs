using System.Diagnostics;
using Anonymizer.Tabular.Formats;
using Anonymizer.Tabular.Pipeline;

namespace Anonymizer.Cli.Processing;

/// <summary>
/// Runs records through the ordered parallel pipeline: a worker per thread processes them, and the writer, in input
/// order, quarantines the unreadable ones (or stops with exit 3), leaves out excluded ones, writes the rest and
/// counts everything: read = written + quarantined + excluded.
/// </summary>
internal static class CorpusRunner
{
    public static RunStatistics Run(
        RecordSource source,
        CorpusProcessor processor,
        Action<TabularRecord> write,
        Action<TabularRecord>? skip,
        QuarantineSink? quarantine,
        string inputName,
        int threads,
        RunStatistics? statistics = null)
    {
        var stats = statistics ?? new RunStatistics();
        stats.Threads = threads;
        var clock = Stopwatch.StartNew();
        var pipeline = new OrderedPipeline<TabularRecord>(threads, weight: static record => record.ByteCount);
        try
        {
            Pump(pipeline);
        }
        catch (Tabular.RecordParseException ex)
        {
            // The input as a whole could not be read further (e.g. a CSV record beyond any limit).
            throw new InputException(inputName, 0, ex.Message);
        }

        void Pump(OrderedPipeline<TabularRecord> pipeline) => pipeline.Run(
            source.Read(),
            processor.Process,
            record =>
            {
                stats.CountRead(record.ByteCount);
                if (record.Error is { } reason)
                {
                    if (quarantine is null)
                    {
                        throw new InputException(inputName, record.Line, reason);
                    }

                    if (!record.AlreadyQuarantined)
                    {
                        quarantine.Write(record.Line, reason, record.RawText);
                    }

                    stats.Quarantined++;
                    skip?.Invoke(record);
                }
                else if (record.Excluded)
                {
                    stats.Excluded++;
                    skip?.Invoke(record);
                }
                else
                {
                    write(record);
                    stats.Written++;
                    switch (record.Result)
                    {
                        case List<EntityHit> hits:
                            stats.Add(hits);
                            break;
                        case DetectOutput detect:
                            stats.Add(detect.Hits);
                            break;
                    }
                }
            });
        stats.Elapsed = clock.Elapsed;
        stats.RawBytes = source.BytesRead;
        if (stats.Read != stats.Written + stats.Quarantined + stats.Excluded)
        {
            throw new InvalidOperationException("Record counts do not add up.");
        }

        return stats;
    }
}
