namespace Anonymizer.Cli.Processing;

/// <summary>What a pipeline run read, wrote and quarantined.</summary>
internal sealed class PipelineCounts
{
    public long Read { get; set; }

    public long Written { get; set; }

    public long Quarantined { get; set; }

    public long Bytes { get; set; }

    public Dictionary<string, long> EntitiesByType { get; } = new(StringComparer.Ordinal);

    public TimeSpan Elapsed { get; set; }
}
