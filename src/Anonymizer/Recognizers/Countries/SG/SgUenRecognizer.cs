using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.SG;

/// <summary>
/// SG_UEN: Unique Entity Number, in three formats: businesses (eight digits and a check letter), local companies (year,
/// five digits, check letter) and other entities (T/S/R, year, a two-letter entity type, four digits, check letter).
/// </summary>
public static partial class SgUenRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "SgUenRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.SgUen,
        DigitHint = new DigitHint(6, 10),
        Patterns =
        [
            new RegexPattern("uen business (medium)", BusinessRegex(), 0.5),
            new RegexPattern("uen company (medium)", CompanyRegex(), 0.5),
            new RegexPattern("uen other (medium)", OtherRegex(), 0.5),
        ],
        Validator = Validate,
        Validation = "weighted mod-11 check letter",
        ContextWords = ["uen", "unique entity number", "business registration", "acra", "company registration", "registration number"],
        Triggers = CountryTriggers.Digits,
        Country = "SG",
    });

    /// <summary>
    /// Businesses and local companies: valid with the right check letter, invalid otherwise. Other entities: undecided
    /// unless the year is impossible.
    /// </summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        var check = char.ToUpperInvariant(candidate[^1]);
        if (candidate.Length == 9)
        {
            ReadOnlySpan<int> weights = [10, 4, 9, 3, 8, 2, 7, 1];
            return CheckLetter(candidate, weights, "XMKECAWLJDB") == check ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
        }

        if (char.IsAsciiDigit(candidate[0]))
        {
            ReadOnlySpan<int> weights = [10, 8, 6, 4, 9, 7, 5, 3, 1];
            return CheckLetter(candidate, weights, "ZKCMDNERGWH") == check ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
        }

        return ValidationOutcome.Undecided;
    }

    private static char CheckLetter(ReadOnlySpan<char> candidate, ReadOnlySpan<int> weights, string letters)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (candidate[i] - '0') * weights[i];
        }

        return letters[sum % 11];
    }

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[0-9]{8}[A-Z](?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BusinessRegex();

    [GeneratedRegex(@"\b(?:19|20)[0-9]{7}[A-Z]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompanyRegex();

    [GeneratedRegex(@"\b[RST][0-9]{2}[A-Z]{2}[0-9]{4}[A-Z]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherRegex();
}
