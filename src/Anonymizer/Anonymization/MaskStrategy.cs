using System.Buffers;

namespace Anonymizer.Anonymization;

/// <summary>
/// Replaces characters by a masking character, keeping the length (Presidio's <c>mask</c>, plus keep-last and
/// keep-separators). <c>4111 1111 1111 1111</c> with <c>KeepLast = 4</c> becomes <c>**** **** **** 1111</c>.
/// </summary>
public sealed class MaskStrategy : AnonymizationStrategy
{
    /// <summary>Creates a mask strategy.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults (mask everything, keep separators).</param>
    public MaskStrategy(MaskOptions? options = null)
    {
        Options = options ?? new MaskOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public MaskOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "mask";

    /// <inheritdoc />
    public override void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output)
    {
        var span = output.GetSpan(value.Length);
        var maskable = 0;
        foreach (var c in value)
        {
            if (IsMaskable(c))
            {
                maskable++;
            }
        }

        // Maskable characters are numbered 0..maskable-1; the last KeepLast stay, and of the others Count are masked
        // from the start (or the end).
        var region = Math.Max(0, maskable - Options.KeepLast);
        var count = Math.Min(region, Options.Count ?? region);
        var first = Options.FromEnd ? region - count : 0;
        var last = first + count;
        var index = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsMaskable(c))
            {
                span[i] = index >= first && index < last ? Options.MaskChar : c;
                index++;
            }
            else
            {
                span[i] = c;
            }
        }

        output.Advance(value.Length);
    }

    private bool IsMaskable(char c) => !Options.KeepSeparators || char.IsLetterOrDigit(c);
}
