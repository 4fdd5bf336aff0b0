using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.KR;

/// <summary>
/// KR_FRN: Foreigner Registration Number (외국인등록번호), YYMMDD-GNNNNNC with G 5–8; check digit 13 − sum mod 11.
/// </summary>
public static partial class KrFrnRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "KrFrnRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.KrFrn,
        DigitHint = new DigitHint(13, 14),
        Patterns = [new RegexPattern("frn (medium)", FrnRegex(), 0.5)],
        Validator = Validate,
        Validation = "birth date + mod-11 check digit",
        ContextWords = ["외국인등록번호", "외국인번호", "외국인등록", "foreigner registration number", "alien registration number", "frn", "arc"],
        Triggers = CountryTriggers.Digits,
        Country = "KR",
    });

    /// <summary>Invalid date or G digit rejects, a matching check digit validates, otherwise undecided.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate) => KrResidentNumber.Validate(candidate, "5678", 13);

    [GeneratedRegex(@"(?<![0-9@=]|[0-9][.:/-])[0-9]{6}-?[5-8][0-9]{6}(?![0-9@]|[.:/-][0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex FrnRegex();
}
