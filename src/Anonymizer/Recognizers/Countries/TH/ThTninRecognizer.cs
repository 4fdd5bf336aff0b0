using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.TH;

/// <summary>
/// TH_TNIN: Thai national identification number (เลขประจำตัวประชาชน), thirteen digits: a person-type digit 1–8, a
/// province code (digits 2–3), and a mod-11 check digit (weights 13…2).
/// </summary>
public static partial class ThTninRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "ThTninRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.ThTnin,
        DigitHint = new DigitHint(13, 13),
        Patterns = [new RegexPattern("tnin (medium)", TninRegex(), 0.5)],
        Validator = Validate,
        Validation = "province code + mod-11 check digit",
        ContextWords = ["เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "บัตรประชาชน", "tnin", "thai id", "thai national id", "national id", "citizen id"],
        Triggers = CountryTriggers.Digits,
        Country = "TH",
    });

    /// <summary>Valid when the type digit, province code and check digit hold; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[13];
        if (candidate.Length != 13 || Digits.Extract(candidate, d) != 13 || d[0] is 0 or 9 || !IsProvince(DateParts.Number(d, 1, 2)))
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> weights = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
        return (11 - Mod11.Remainder(d, weights)) % 10 == d[12] ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    private static bool IsProvince(int code) =>
        code is (>= 10 and <= 27) or (>= 30 and <= 58) or (>= 60 and <= 67) or (>= 70 and <= 77) or (>= 80 and <= 86) or (>= 90 and <= 96);

    [GeneratedRegex(@"(?<![0-9@=]|[0-9][.:/-])[1-8][0-9]{12}(?![0-9@]|[.:/-][0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex TninRegex();
}
