using Anonymizer.Analysis;

namespace Anonymizer.Anonymization;

/// <summary>What a strategy knows about the value it rewrites.</summary>
/// <param name="Match">The match being rewritten.</param>
/// <param name="Document">State shared by all replacements within one document (e.g. numbering).</param>
public readonly record struct ReplacementContext(PiiMatch Match, DocumentScope Document)
{
    /// <summary>The entity type of the match.</summary>
    public string EntityType => Match.EntityType;
}
