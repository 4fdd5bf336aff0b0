namespace Anonymizer.Recognizers;

/// <summary>Settings of the built-in recognizers.</summary>
public sealed record RecognizerCatalogOptions
{
    /// <summary>The phone regions searched by default: US, UK (GB), DE, FR, IL, IN, CA, BR.</summary>
    public static IReadOnlyList<string> DefaultPhoneRegions { get; } = ["US", "GB", "DE", "FR", "IL", "IN", "CA", "BR"];

    /// <summary>ISO 3166 region codes whose phone number formats are recognized. "UK" is accepted for "GB".</summary>
    public IReadOnlyList<string> PhoneRegions { get; init; } = DefaultPhoneRegions;
}
