namespace Anonymizer.Anonymization;

/// <summary>What <see cref="GeneralizeStrategy"/> takes a value to be.</summary>
public enum GeneralizeKind
{
    /// <summary>By entity type (default): <c>DATE_TIME</c> is a date; a type whose name contains <c>AGE</c> is an age; any other a postcode.</summary>
    Auto,

    /// <summary>A date, generalized to its year or month.</summary>
    Date,

    /// <summary>A postcode, generalized to its prefix.</summary>
    Postcode,

    /// <summary>An age, generalized to a band.</summary>
    Age,
}

/// <summary>How far <see cref="GeneralizeStrategy"/> generalizes a date.</summary>
public enum DateGranularity
{
    /// <summary>The year, <c>2024</c> (default).</summary>
    Year,

    /// <summary>The year and month, <c>2024-03</c>.</summary>
    Month,
}

/// <summary>Options of <see cref="GeneralizeStrategy"/>. Defaults: dates to the year, postcodes to 3 characters, ages in bands of 10 up to 90+.</summary>
public sealed record GeneralizeOptions
{
    /// <summary>What the values are. Default <see cref="GeneralizeKind.Auto"/>.</summary>
    public GeneralizeKind Kind { get; init; } = GeneralizeKind.Auto;

    /// <summary>How far dates are generalized. Default <see cref="DateGranularity.Year"/>.</summary>
    public DateGranularity Date { get; init; } = DateGranularity.Year;

    /// <summary>Reads an ambiguous numeric date as day first. Default <see langword="false"/>.</summary>
    public bool DayFirst { get; init; }

    /// <summary>
    /// How many letters or digits of a postcode are kept; the rest become <c>*</c> (<c>94107</c> → <c>941**</c>). A UK
    /// style postcode with a space keeps its outward code instead (<c>SW1A 1AA</c> → <c>SW1A ***</c>). Default 3.
    /// </summary>
    public int PostcodeLength { get; init; } = 3;

    /// <summary>The width of an age band (<c>37</c> → <c>30-39</c>). Default 10.</summary>
    public int AgeBand { get; init; } = 10;

    /// <summary>Ages at or above this become one open band (<c>90+</c>, as HIPAA Safe Harbor asks). Default 90.</summary>
    public int AgeCap { get; init; } = 90;

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (PostcodeLength < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PostcodeLength), PostcodeLength, "PostcodeLength must be a non-negative integer.");
        }

        if (AgeBand < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(AgeBand), AgeBand, "AgeBand must be a positive integer.");
        }

        if (AgeCap < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(AgeCap), AgeCap, "AgeCap must be a positive integer.");
        }
    }
}
