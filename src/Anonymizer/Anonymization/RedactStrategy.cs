using System.Buffers;

namespace Anonymizer.Anonymization;

/// <summary>Removes the value: nothing is written in its place (Presidio's <c>redact</c>).</summary>
public sealed class RedactStrategy : AnonymizationStrategy
{
    /// <summary>The single instance.</summary>
    public static RedactStrategy Instance { get; } = new();

    private RedactStrategy()
    {
    }

    /// <inheritdoc />
    public override string Name => "redact";

    /// <inheritdoc />
    public override void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output)
    {
    }
}
