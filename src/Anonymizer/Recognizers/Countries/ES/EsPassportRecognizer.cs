using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.ES;

/// <summary>ES_PASSPORT: Spanish passport number, three letters and six digits (a very weak pattern without context).</summary>
public static partial class EsPassportRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "EsPassportRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.EsPassport,
        DigitHint = new DigitHint(6, 9),
        Patterns = [new RegexPattern("pasaporte (very weak)", PassportRegex(), 0.05)],
        ContextWords = ["pasaporte", "número de pasaporte", "passport", "passport number"],
        Triggers = CountryTriggers.Digits,
        Country = "ES",
        EnabledByDefault = false,
    });

    [GeneratedRegex(@"\b[A-Za-z]{3}[0-9]{6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassportRegex();
}
