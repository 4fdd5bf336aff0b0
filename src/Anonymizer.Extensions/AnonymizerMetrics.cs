using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using Anonymizer.Analysis;

namespace Anonymizer.Extensions;

/// <summary>
/// The <see cref="System.Diagnostics.Metrics"/> instruments of <see cref="ObservedAnonymizer"/>, on the meter
/// <see cref="MeterName"/> (<c>Anonymizer</c>); add the meter to OpenTelemetry with <c>.AddMeter("Anonymizer")</c>.
/// No instrument carries a detected value; tags are the operation and the entity type.
/// </summary>
public static class AnonymizerMetrics
{
    /// <summary>The meter name: <c>Anonymizer</c>.</summary>
    public const string MeterName = "Anonymizer";

    /// <summary>Counter of texts (records) processed, tag <see cref="OperationTag"/>. Unit <c>{record}</c>.</summary>
    public const string Records = "anonymizer.records";

    /// <summary>Counter of UTF-8 bytes of the texts processed, tag <see cref="OperationTag"/>. Unit <c>By</c>.</summary>
    public const string Bytes = "anonymizer.bytes";

    /// <summary>Counter of entities detected, tags <see cref="EntityTypeTag"/> and <see cref="OperationTag"/>. Unit <c>{entity}</c>.</summary>
    public const string Entities = "anonymizer.entities";

    /// <summary>Histogram of the time one text took, tag <see cref="OperationTag"/>. Unit <c>s</c>.</summary>
    public const string Duration = "anonymizer.duration";

    /// <summary>The tag naming the entity type, e.g. <c>EMAIL_ADDRESS</c>.</summary>
    public const string EntityTypeTag = "anonymizer.entity_type";

    /// <summary>The tag naming the operation: <c>analyze</c> or <c>anonymize</c>.</summary>
    public const string OperationTag = "anonymizer.operation";
}

/// <summary>The instruments, created once per meter.</summary>
internal sealed class AnonymizerInstruments
{
    private readonly Counter<long> _records;
    private readonly Counter<long> _bytes;
    private readonly Counter<long> _entities;
    private readonly Histogram<double> _duration;

    public AnonymizerInstruments(Meter meter)
    {
        _records = meter.CreateCounter<long>(AnonymizerMetrics.Records, "{record}", "Texts (records) processed.");
        _bytes = meter.CreateCounter<long>(AnonymizerMetrics.Bytes, "By", "UTF-8 bytes of the texts processed.");
        _entities = meter.CreateCounter<long>(AnonymizerMetrics.Entities, "{entity}", "Entities detected, by type.");
        _duration = meter.CreateHistogram<double>(AnonymizerMetrics.Duration, "s", "Time to process one text.");
    }

    public void Record(string operation, string text, IReadOnlyList<PiiMatch> matches, TimeSpan elapsed)
    {
        var op = new KeyValuePair<string, object?>(AnonymizerMetrics.OperationTag, operation);
        _records.Add(1, op);
        if (_bytes.Enabled)
        {
            _bytes.Add(Encoding.UTF8.GetByteCount(text), op);
        }

        if (_entities.Enabled)
        {
            // One measurement per type present: counts per type, never values.
            var tally = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var match in matches)
            {
                tally[match.EntityType] = tally.GetValueOrDefault(match.EntityType) + 1;
            }

            foreach (var (type, count) in tally)
            {
                var tags = new TagList { op, { AnonymizerMetrics.EntityTypeTag, type } };
                _entities.Add(count, tags);
            }
        }

        _duration.Record(elapsed.TotalSeconds, op);
    }

    public static TimeSpan Since(long start) => Stopwatch.GetElapsedTime(start);
}
