using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.KR;

/// <summary>
/// KR_RRN: Resident Registration Number (주민등록번호), YYMMDD-GNNNNNC with G 1–4 (sex and century); the check digit
/// raises the score, a wrong one does not reject (numbers issued since 2020 have none).
/// </summary>
public static partial class KrRrnRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "KrRrnRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.KrRrn,
        DigitHint = new DigitHint(13, 14),
        Patterns = [new RegexPattern("rrn (medium)", RrnRegex(), 0.5)],
        Validator = Validate,
        Validation = "birth date + mod-11 check digit",
        ContextWords = ["주민등록번호", "주민번호", "주민등록", "resident registration number", "rrn", "korean id"],
        Triggers = CountryTriggers.Digits,
        Country = "KR",
    });

    /// <summary>See <see cref="KrRrnRecognizer"/>: invalid date or G digit rejects, a matching check digit validates.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate) => KrResidentNumber.Validate(candidate, "1234", 11);

    [GeneratedRegex(@"(?<![0-9@=]|[0-9][.:/-])[0-9]{6}-?[1-4][0-9]{6}(?![0-9@]|[.:/-][0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex RrnRegex();
}
