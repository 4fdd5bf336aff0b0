namespace Anonymizer.Anonymization;

/// <summary>Options of <see cref="MaskStrategy"/>. The defaults mask every letter and digit with <c>*</c> and keep separators.</summary>
public sealed record MaskOptions
{
    /// <summary>The masking character. Default <c>*</c>.</summary>
    public char MaskChar { get; init; } = '*';

    /// <summary>
    /// How many characters to mask; <see langword="null"/> (the default) masks all of them (except those kept by
    /// <see cref="KeepLast"/>). Separators kept by <see cref="KeepSeparators"/> do not count.
    /// </summary>
    public int? Count { get; init; }

    /// <summary>Masks from the end of the value instead of its start. Default <see langword="false"/>.</summary>
    public bool FromEnd { get; init; }

    /// <summary>How many of the last maskable characters stay visible (e.g. 4 for a card). Default 0.</summary>
    public int KeepLast { get; init; }

    /// <summary>
    /// Keeps every character that is neither a letter nor a digit (spaces, dashes, dots, <c>@</c>…), so a card keeps its
    /// grouping. Default <see langword="true"/>.
    /// </summary>
    public bool KeepSeparators { get; init; } = true;

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (Count is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Count), Count, "Count must be a non-negative integer.");
        }

        if (KeepLast < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(KeepLast), KeepLast, "KeepLast must be a non-negative integer.");
        }
    }
}
