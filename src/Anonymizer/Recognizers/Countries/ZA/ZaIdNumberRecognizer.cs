using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.ZA;

/// <summary>
/// ZA_ID_NUMBER: South African identity number, thirteen digits: birth date YYMMDD, a four-digit sequence (sex), a
/// citizenship digit (0 citizen, 1 permanent resident, 2 refugee), a digit and a Luhn check digit.
/// </summary>
public static partial class ZaIdNumberRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "ZaIdNumberRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.ZaIdNumber,
        Patterns = [new RegexPattern("za id (weak)", IdRegex(), 0.3)],
        Validator = Validate,
        Validation = "birth date + citizenship digit + Luhn",
        ContextWords = ["id number", "identity number", "south african id", "rsa id", "sa id", "identiteitsnommer", "id-nommer", "green id book"],
        Triggers = CountryTriggers.Digits,
        Country = "ZA",
    });

    /// <summary>
    /// Valid when the birth date exists (YY up to the current year read as 20YY, otherwise 19YY), the citizenship digit
    /// is 0–2 and the Luhn check holds; invalid otherwise.
    /// </summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[13];
        if (candidate.Length != 13 || Digits.Extract(candidate, d) != 13 || d[10] > 2)
        {
            return ValidationOutcome.Invalid;
        }

        var yy = DateParts.Number(d, 0, 2);
        var year = yy <= DateTime.UtcNow.Year % 100 ? 2000 + yy : 1900 + yy;
        if (!DateParts.IsValid(year, DateParts.Number(d, 2, 2), DateParts.Number(d, 4, 2)))
        {
            return ValidationOutcome.Invalid;
        }

        return Luhn.IsValid((ReadOnlySpan<byte>)d) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[0-9]{13}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();
}
