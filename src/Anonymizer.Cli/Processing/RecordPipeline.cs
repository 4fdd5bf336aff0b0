using System.Diagnostics;
using System.Text;
using Anonymizer.Tabular;

namespace Anonymizer.Cli.Processing;

/// <summary>
/// Reads records line by line, processes them in batches on several threads, and writes the outputs in input order.
/// Memory is bounded by the batch size. A record that cannot be processed goes to the quarantine writer with its line
/// number and reason; without one, the run stops with exit 3 naming the file, line and reason.
/// </summary>
internal sealed class RecordPipeline(RecordProcessor processor, int threads, int batchSize = 1024)
{
    public PipelineCounts Run(TextReader input, string inputName, TextWriter output, QuarantineWriter? quarantine)
    {
        var counts = new PipelineCounts();
        var clock = Stopwatch.StartNew();
        var lines = new string[batchSize];
        var outcomes = new RecordOutcome[batchSize];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        while (true)
        {
            var count = 0;
            while (count < batchSize && input.ReadLine() is { } line)
            {
                lines[count++] = line;
            }

            if (count == 0)
            {
                break;
            }

            var firstIndex = counts.Read;
            if (threads == 1 || count < 16)
            {
                for (var i = 0; i < count; i++)
                {
                    outcomes[i] = ProcessOne(firstIndex + i, lines[i]);
                }
            }
            else
            {
                Parallel.For(0, count, parallel, i => outcomes[i] = ProcessOne(firstIndex + i, lines[i]));
            }

            for (var i = 0; i < count; i++)
            {
                var lineNumber = firstIndex + i + 1;
                counts.Read++;
                counts.Bytes += Encoding.UTF8.GetByteCount(lines[i]) + 1;
                var outcome = outcomes[i];
                if (outcome.IsQuarantined)
                {
                    if (quarantine is null)
                    {
                        throw new InputException(inputName, lineNumber, outcome.QuarantineReason!);
                    }

                    quarantine.Write(lineNumber, outcome.QuarantineReason!, lines[i]);
                    counts.Quarantined++;
                }
                else
                {
                    output.Write(outcome.Output);
                    output.Write('\n');
                    counts.Written++;
                    foreach (var type in outcome.EntityTypes)
                    {
                        counts.EntitiesByType[type] = counts.EntitiesByType.GetValueOrDefault(type) + 1;
                    }
                }

                lines[i] = null!;
                outcomes[i] = default;
            }
        }

        output.Flush();
        counts.Elapsed = clock.Elapsed;
        return counts;
    }

    private RecordOutcome ProcessOne(long index, string line)
    {
        try
        {
            return processor.Process(index, line);
        }
        catch (RecordParseException ex)
        {
            return RecordOutcome.Quarantined(ex.Message);
        }
    }
}
