using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.CN;

/// <summary>
/// CN_RESIDENT_ID: Chinese resident identity card number (居民身份证号码), eighteen characters: a six-digit region code,
/// birth date YYYYMMDD, a three-digit sequence and an ISO 7064 MOD 11-2 check character (0–9 or X).
/// </summary>
public static partial class CnResidentIdRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "CnResidentIdRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.CnResidentId,
        DigitHint = new DigitHint(17, 18),
        Patterns = [new RegexPattern("resident id (medium)", IdRegex(), 0.5)],
        Validator = Validate,
        Validation = "birth date + ISO 7064 MOD 11-2",
        ContextWords = ["身份证", "身份证号", "身份证号码", "居民身份证", "公民身份号码", "resident id", "identity card", "chinese id", "id card"],
        Triggers = CountryTriggers.Digits,
        Country = "CN",
    });

    /// <summary>Valid when the birth date exists (1900 to today) and the MOD 11-2 check matches; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[17];
        if (candidate.Length != 18 || Digits.Extract(candidate[..17], d) != 17)
        {
            return ValidationOutcome.Invalid;
        }

        var year = DateParts.Number(d, 6, 4);
        if (year < 1900 || year > DateTime.UtcNow.Year || !DateParts.IsValid(year, DateParts.Number(d, 10, 2), DateParts.Number(d, 12, 2)))
        {
            return ValidationOutcome.Invalid;
        }

        return Iso7064.IsValidMod11_2(d, candidate[17]) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-8][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();
}
