using System.Buffers;

namespace Anonymizer.Anonymization;

/// <summary>Writes the replacement of one value (see <see cref="CustomStrategy"/>).</summary>
/// <param name="value">The original value.</param>
/// <param name="context">The match and its document.</param>
/// <param name="output">Where the replacement goes.</param>
public delegate void CustomRewriter(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output);

/// <summary>
/// A strategy from a delegate of yours (library API only; a policy file cannot name code). The delegate must be
/// thread-safe: the anonymizer calls it from many threads at once.
/// </summary>
public sealed class CustomStrategy : AnonymizationStrategy
{
    private readonly CustomRewriter _rewrite;

    /// <summary>Creates a strategy that writes what <paramref name="rewrite"/> writes.</summary>
    public CustomStrategy(CustomRewriter rewrite)
    {
        ArgumentNullException.ThrowIfNull(rewrite);
        _rewrite = rewrite;
    }

    /// <summary>Creates a strategy from a function of the value and its entity type to the replacement.</summary>
    public CustomStrategy(Func<string, string, string> replace)
    {
        ArgumentNullException.ThrowIfNull(replace);
        _rewrite = (ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output) =>
            output.Write(replace(value.ToString(), context.EntityType));
    }

    /// <inheritdoc />
    public override string Name => "custom";

    /// <inheritdoc />
    public override void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output) =>
        _rewrite(value, context, output);
}
