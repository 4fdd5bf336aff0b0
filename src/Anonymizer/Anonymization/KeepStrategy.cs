using System.Buffers;

namespace Anonymizer.Anonymization;

/// <summary>Leaves the value as it is. The only strategy that lets a detected value through; it must be chosen explicitly.</summary>
public sealed class KeepStrategy : AnonymizationStrategy
{
    /// <summary>The single instance.</summary>
    public static KeepStrategy Instance { get; } = new();

    private KeepStrategy()
    {
    }

    /// <inheritdoc />
    public override string Name => "keep";

    /// <inheritdoc />
    public override void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output) =>
        output.Write(value);
}
