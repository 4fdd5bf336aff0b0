using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.IT;

/// <summary>IT_PASSPORT: Italian passport number, two letters and seven digits. Very weak without context.</summary>
public static partial class ItPassportRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "ItPassportRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.ItPassport,
        DigitHint = new DigitHint(7, 9),
        Patterns = [new RegexPattern("passaporto (very weak)", PassportRegex(), 0.01)],
        ContextWords = ["passaporto", "numero di passaporto", "passaporto elettronico", "passport", "passport number"],
        Triggers = CountryTriggers.Digits,
        Country = "IT",
        EnabledByDefault = false,
    });

    [GeneratedRegex(@"\b[A-Za-z]{2}[0-9]{7}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassportRegex();
}
