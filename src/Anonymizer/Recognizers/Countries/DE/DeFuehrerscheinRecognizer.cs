using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_FUEHRERSCHEIN: Führerscheinnummer of the EU card licence, eleven characters: a two-letter authority code, eight
/// digits and a final letter or digit.
/// </summary>
public static partial class DeFuehrerscheinRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeFuehrerscheinRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeFuehrerschein,
        DigitHint = new DigitHint(8, 11),
        Patterns = [new RegexPattern("fuehrerschein (weak)", LicenceRegex(), 0.3)],
        ContextWords = ["führerschein", "führerscheinnummer", "fuehrerschein", "fahrerlaubnis", "führerschein-nr", "driving licence", "driver's license", "driver license", "licence number"],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
        EnabledByDefault = false,
    });

    [GeneratedRegex(@"\b[A-Z]{2}[0-9]{8}[A-Z0-9]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LicenceRegex();
}
