namespace Anonymizer.Analysis;

/// <summary>What a checksum or structure validator decided about a candidate.</summary>
public enum ValidationOutcome : byte
{
    /// <summary>No validator ran, or it could not decide: the pattern's score stands.</summary>
    Undecided = 0,
    /// <summary>The candidate passed its checksum: the score is raised to 1.0.</summary>
    Valid = 1,
    /// <summary>The candidate failed its checksum or structure rules and is not reported.</summary>
    Invalid = 2,
}
