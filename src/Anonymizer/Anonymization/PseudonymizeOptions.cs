namespace Anonymizer.Anonymization;

/// <summary>Options of <see cref="PseudonymizeStrategy"/>. Defaults: English names, dates month first, shifted within ±365 days.</summary>
public sealed record PseudonymizeOptions
{
    /// <summary>The Bogus locale of names, cities and companies (e.g. <c>en</c>, <c>de</c>, <c>fr</c>). Default <c>en</c>.</summary>
    public string Locale { get; init; } = "en";

    /// <summary>How dates are shifted (the offset comes from the key, as with <see cref="DateShiftStrategy"/>).</summary>
    public DateShiftOptions Dates { get; init; } = new();
}
