using System.Buffers;
using System.Security.Cryptography;
using Anonymizer.Keys;

namespace Anonymizer.Anonymization;

/// <summary>
/// Moves every date by the same number of days, derived from the key (sub-key <c>date-shift</c>) and drawn uniformly
/// from [<see cref="DateShiftOptions.MinDays"/>, <see cref="DateShiftOptions.MaxDays"/>] without 0, so intervals between
/// dates are kept and the same key shifts the same way in every run. The date keeps its written form
/// (<c>2024-03-05</c>, <c>03/05/2024</c>, <c>March 5, 2024</c>, …). A value that cannot be read as a date is replaced by
/// its tag (fail closed).
/// </summary>
public sealed class DateShiftStrategy : AnonymizationStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="key">The key (required).</param>
    /// <param name="options">The options; <see langword="null"/> for ±365 days, month first.</param>
    /// <exception cref="KeyRequiredException">No key was given.</exception>
    public DateShiftStrategy(AnonymizationKey? key, DateShiftOptions? options = null)
    {
        Options = options ?? new DateShiftOptions();
        Options.Validate();
        if (key is null)
        {
            throw KeyRequiredException.For("shift-date");
        }

        OffsetDays = ComputeOffset(key, Options);
    }

    /// <summary>The options.</summary>
    public DateShiftOptions Options { get; }

    /// <summary>The offset in days applied to every date (derived from the key; not secret in itself, but do not publish it).</summary>
    internal int OffsetDays { get; }

    /// <inheritdoc />
    public override string Name => "shift-date";

    /// <inheritdoc />
    public override void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output)
    {
        if (!TryShift(value, OffsetDays, Options.DayFirst, output))
        {
            ReplaceStrategy.Default.Rewrite(value, context, output);
        }
    }

    internal static bool TryShift(ReadOnlySpan<char> value, int days, bool dayFirst, IBufferWriter<char> output)
    {
        if (!DateFormats.TryParse(value, dayFirst, out var date, out var format))
        {
            return false;
        }

        DateTimeOffset shifted;
        try
        {
            shifted = date.AddDays(days);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }

        var trimmedStart = value.Length - value.TrimStart().Length;
        var trimmedEnd = value.Length - value.TrimEnd().Length;
        output.Write(value[..trimmedStart]);
        output.Write(DateFormats.Format(shifted, format));
        output.Write(value[(value.Length - trimmedEnd)..]);
        return true;
    }

    internal static int ComputeOffset(AnonymizationKey key, DateShiftOptions options)
    {
        var subKey = key.Derive("date-shift");
        try
        {
            var seed = HMACSHA256.HashData(subKey, "offset"u8);
            var random = new KeyedRandom(seed);
            var min = options.MinDays;
            var max = options.MaxDays;
            var span = max - min + 1;
            while (true)
            {
                // Up to 73001 values: two draws of 16 bits cover it.
                var draw = span <= 65536 ? random.Next(span) : (int)((((uint)random.Next(65536) << 16) | (uint)random.Next(65536)) % (uint)span);
                var days = min + draw;
                if (days != 0)
                {
                    return days;
                }
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(subKey);
        }
    }
}
