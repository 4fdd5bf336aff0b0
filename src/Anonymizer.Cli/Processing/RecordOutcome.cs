namespace Anonymizer.Cli.Processing;

/// <summary>What processing one record produced: an output line, or the reason it was quarantined.</summary>
internal readonly record struct RecordOutcome(string? Output, string? QuarantineReason, IReadOnlyList<string> EntityTypes)
{
    public static RecordOutcome Written(string output, IReadOnlyList<string> entityTypes) => new(output, null, entityTypes);

    public static RecordOutcome Quarantined(string reason) => new(null, reason, []);

    public bool IsQuarantined => QuarantineReason is not null;
}
