using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.IN;

/// <summary>IN_PASSPORT: Indian passport number, an upper-case letter, a non-zero digit and six digits.</summary>
public static partial class InPassportRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "InPassportRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.InPassport,
        DigitHint = new DigitHint(7, 8),
        Patterns = [new RegexPattern("in passport (weak)", PassportRegex(), 0.1)],
        ContextWords = ["passport", "passport number", "passport no", "indian passport", "पासपोर्ट"],
        Triggers = CountryTriggers.Digits,
        Country = "IN",
        EnabledByDefault = false,
    });

    [GeneratedRegex(@"\b[A-Z][1-9][0-9]{6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassportRegex();
}
