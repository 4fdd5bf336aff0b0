namespace Anonymizer.Cli.Processing;

/// <summary>One entity found in a record, for the statistics: type, field, recognizer and score, never the value.</summary>
internal readonly record struct EntityHit(string Type, string Field, string Recognizer, double Score);

/// <summary>What a run read, wrote, quarantined and excluded, and the entities it found (counts only).</summary>
internal sealed class RunStatistics
{
    public const int HistogramBins = 10;

    private long _read;

    /// <summary>Records read (updated as the run goes, for progress).</summary>
    public long Read => Interlocked.Read(ref _read);

    public long Written { get; set; }

    public long Quarantined { get; set; }

    public long Excluded { get; set; }

    /// <summary>Bytes of the records read (decompressed).</summary>
    public long Bytes { get; set; }

    /// <summary>Bytes read from the input file or pipe (compressed when it is).</summary>
    public long RawBytes { get; set; }

    public Dictionary<string, long> EntitiesByType { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Dictionary<string, long>> EntitiesByField { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> EntitiesByRecognizer { get; } = new(StringComparer.Ordinal);

    public long[] ScoreHistogram { get; } = new long[HistogramBins];

    public TimeSpan Elapsed { get; set; }

    public int Threads { get; set; }

    public void CountRead(long bytes)
    {
        Interlocked.Increment(ref _read);
        Bytes += bytes;
    }

    public void Add(IReadOnlyList<EntityHit> hits)
    {
        foreach (var hit in hits)
        {
            EntitiesByType[hit.Type] = EntitiesByType.GetValueOrDefault(hit.Type) + 1;
            EntitiesByRecognizer[hit.Recognizer] = EntitiesByRecognizer.GetValueOrDefault(hit.Recognizer) + 1;
            if (!EntitiesByField.TryGetValue(hit.Field, out var byType))
            {
                byType = new Dictionary<string, long>(StringComparer.Ordinal);
                EntitiesByField[hit.Field] = byType;
            }

            byType[hit.Type] = byType.GetValueOrDefault(hit.Type) + 1;
            var bin = Math.Clamp((int)(hit.Score * HistogramBins), 0, HistogramBins - 1);
            ScoreHistogram[bin]++;
        }
    }
}
