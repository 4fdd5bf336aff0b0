using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.FI;

/// <summary>
/// FI_PERSONAL_IDENTITY_CODE: henkilötunnus, DDMMYY, a century sign (+ 1800s; - Y X W V U 1900s; A B C D E F 2000s),
/// a three-digit individual number and a mod-31 check character.
/// </summary>
public static partial class FiPersonalIdentityCodeRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "FiPersonalIdentityCodeRecognizer";

    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.FiPersonalIdentityCode,
        DigitHint = new DigitHint(9, 11),
        Patterns = [new RegexPattern("hetu (medium)", HetuRegex(), 0.5)],
        Validator = Validate,
        Validation = "birth date + mod-31 check character",
        ContextWords = ["henkilötunnus", "hetu", "henkilötunnukseni", "personbeteckning", "personal identity code", "identity code", "finnish id"],
        Triggers = CountryTriggers.Digits,
        Country = "FI",
    });

    /// <summary>Valid when the date exists and the check character matches; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != 11)
        {
            return ValidationOutcome.Invalid;
        }

        var century = char.ToUpperInvariant(candidate[6]) switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
            _ => -1,
        };
        var date = DateParts.Number(candidate[..6]);
        var individual = DateParts.Number(candidate.Slice(7, 3));
        if (century < 0 || date < 0 || individual < 0)
        {
            return ValidationOutcome.Invalid;
        }

        if (!DateParts.IsValid(century + (date % 100), (date / 100) % 100, date / 10000))
        {
            return ValidationOutcome.Invalid;
        }

        var check = CheckCharacters[(int)((((long)date * 1000) + individual) % 31)];
        return char.ToUpperInvariant(candidate[10]) == check ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(
        @"(?<![0-9@=]|[0-9][.:/-])[0-9]{6}[-+ABCDEFUVWXYabcdefuvwxy][0-9]{3}[0-9A-Ya-y](?![\w@]|[.:/-]\w)",
        RegexOptions.CultureInvariant)]
    private static partial Regex HetuRegex();
}
