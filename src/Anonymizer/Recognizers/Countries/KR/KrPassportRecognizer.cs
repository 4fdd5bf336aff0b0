using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.KR;

/// <summary>
/// KR_PASSPORT: passport number (여권번호), a type letter (M multiple, S single, R residence, O official, D diplomatic,
/// G), three digits, a letter and four digits; the older form has eight digits after the letter.
/// </summary>
public static partial class KrPassportRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "KrPassportRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.KrPassport,
        DigitHint = new DigitHint(7, 9),
        Patterns =
        [
            new RegexPattern("kr passport (weak)", CurrentRegex(), 0.1),
            new RegexPattern("kr passport old (very weak)", OldRegex(), 0.05),
        ],
        ContextWords = ["여권번호", "여권", "passport", "passport number", "korean passport"],
        Triggers = CountryTriggers.Digits,
        Country = "KR",
    });

    [GeneratedRegex(@"(?<![A-Za-z0-9])[MSRODG][0-9]{3}[A-Z][0-9]{4}(?![A-Za-z0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CurrentRegex();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[MSRODG][0-9]{8}(?![A-Za-z0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OldRegex();
}
