using System.Buffers;

namespace Anonymizer.Anonymization;

/// <summary>
/// Rewrites one detected value. A strategy is immutable and thread-safe: everything that varies per value or per
/// document comes in through <see cref="ReplacementContext"/>.
/// </summary>
public abstract class AnonymizationStrategy
{
    /// <summary>The strategy's name as used in policy files (e.g. <c>replace</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Writes the replacement of <paramref name="value"/> to <paramref name="output"/>.</summary>
    /// <param name="value">The original text of the match.</param>
    /// <param name="context">The match's entity type, its place in the document and the document's state.</param>
    /// <param name="output">Where the replacement goes.</param>
    public abstract void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output);
}
