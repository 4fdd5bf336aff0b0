namespace Anonymizer.Anonymization;

/// <summary>Options of <see cref="DateShiftStrategy"/>. Defaults: an offset in [-365, 365] days (never 0), month first.</summary>
public sealed record DateShiftOptions
{
    /// <summary>The smallest offset in days. Default -365.</summary>
    public int MinDays { get; init; } = -365;

    /// <summary>The largest offset in days. Default 365.</summary>
    public int MaxDays { get; init; } = 365;

    /// <summary>Reads an ambiguous numeric date such as <c>03/04/2020</c> as day first (4 March). Default <see langword="false"/> (US, month first).</summary>
    public bool DayFirst { get; init; }

    /// <summary>Throws when the range is empty or too large.</summary>
    public void Validate()
    {
        if (MinDays > MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(MinDays), MinDays, "MinDays must not exceed MaxDays.");
        }

        if (MinDays < -36500 || MaxDays > 36500)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDays), MaxDays, "The offset must lie within ±36500 days.");
        }

        if (MinDays == 0 && MaxDays == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDays), MaxDays, "The range [0, 0] would not shift anything.");
        }
    }
}
