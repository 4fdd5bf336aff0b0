using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.IT;

/// <summary>
/// IT_DRIVER_LICENSE: patente di guida, two letters, seven digits and a letter (paper model), or U1 followed by seven
/// characters and a letter (card model).
/// </summary>
public static partial class ItDriverLicenseRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "ItDriverLicenseRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.ItDriverLicense,
        Patterns =
        [
            new RegexPattern("patente (weak)", LicenseRegex(), 0.2) { DigitHint = new DigitHint(7, 10) },
            new RegexPattern("patente (weak)", U1LicenseRegex(), 0.2),
        ],
        ContextWords = ["patente", "patente di guida", "licenza", "licenza di guida", "driver license", "driving licence", "license"],
        Triggers = CountryTriggers.Digits,
        Country = "IT",
    });

    [GeneratedRegex(
        @"\b[A-Z]{2}[0-9]{7}[A-Z]\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LicenseRegex();

    // The older form: U1 and seven letters or digits. Two expressions rather than one alternation, so the common form
    // is searched only around digit runs and this one by its literal prefix; both match whole words, so never overlap.
    [GeneratedRegex(
        @"\bU1[BCDEFGHJKLMNPRSTUVWXYZ0-9]{7}[A-Z]\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex U1LicenseRegex();
}
