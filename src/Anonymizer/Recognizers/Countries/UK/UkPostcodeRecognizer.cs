using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.UK;

/// <summary>
/// UK_POSTCODE: outward code (area letters, district) and inward code (sector digit, unit letters) under the Royal Mail
/// letter rules (no Q, V, X first; no I, J, Z second; inward letters never C, I, K, M, O, V), plus GIR 0AA.
/// </summary>
public static partial class UkPostcodeRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UkPostcodeRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UkPostcode,
        Patterns = [new RegexPattern("uk postcode (weak)", PostcodeRegex(), 0.1)],
        ContextWords = ["postcode", "post code", "postal code", "address", "zip"],
        Country = "UK",
        EnabledByDefault = false,
    });

    [GeneratedRegex(
        @"(?<![A-Za-z0-9])(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeRegex();
}
