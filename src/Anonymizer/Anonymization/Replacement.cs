namespace Anonymizer.Anonymization;

/// <summary>One rewritten span: where it was in the input, where its replacement is in the output, and how it was rewritten.</summary>
/// <param name="EntityType">The entity type of the match.</param>
/// <param name="OriginalStart">Start of the original value in the input (UTF-16 offset).</param>
/// <param name="OriginalLength">Length of the original value.</param>
/// <param name="Start">Start of the replacement in the output.</param>
/// <param name="Length">Length of the replacement.</param>
/// <param name="Strategy">Name of the strategy that rewrote it.</param>
public readonly record struct Replacement(string EntityType, int OriginalStart, int OriginalLength, int Start, int Length, string Strategy);
