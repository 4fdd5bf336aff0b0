using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.TR;

/// <summary>
/// TR_LICENSE_PLATE: Turkish number plate, a province code 01–81, one to three letters and two to four digits
/// (e.g. 34 ABC 1234). A month abbreviation followed by a space ("12 Aug 2002") is a date, not a plate.
/// </summary>
public static partial class TrLicensePlateRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "TrLicensePlateRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.TrLicensePlate,
        DigitHint = new DigitHint(4, 11),
        Patterns = [new RegexPattern("tr plate (medium)", PlateRegex(), 0.5)],
        ContextWords = ["plaka", "plaka numarası", "araç plakası", "araç", "license plate", "number plate", "plate", "vehicle"],
        Triggers = CountryTriggers.Digits,
        Country = "TR",
        EnabledByDefault = false,
    });

    [GeneratedRegex(
        @"(?<![\w])(?:0[1-9]|[1-7][0-9]|8[01]) ?(?!(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) )[A-Z]{1,3} ?[0-9]{2,4}(?![\w])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlateRegex();
}
