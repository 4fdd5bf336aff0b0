using System.Buffers;
using Anonymizer.Anonymization;

namespace Samples.CustomRecognizer;

/// <summary>
/// Keeps the department of an employee id and masks the number: <c>EMP-HR-004711</c> becomes <c>EMP-HR-******</c>,
/// so analyses by department still work. Immutable and thread-safe, like every strategy.
/// </summary>
public sealed class KeepDepartmentStrategy : AnonymizationStrategy
{
    /// <inheritdoc />
    public override string Name => "keep-department";

    /// <inheritdoc />
    public override void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output)
    {
        var lastDash = value.LastIndexOf('-');
        var keep = lastDash < 0 ? 0 : lastDash + 1;
        var span = output.GetSpan(value.Length);
        value[..keep].CopyTo(span);
        span[keep..value.Length].Fill('*');
        output.Advance(value.Length);
    }
}
