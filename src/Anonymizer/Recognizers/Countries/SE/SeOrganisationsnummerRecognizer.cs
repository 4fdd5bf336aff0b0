using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.SE;

/// <summary>
/// SE_ORGANISATIONSNUMMER: Swedish organisation number, ten digits NNNNNN-NNNN whose third and fourth digits are at
/// least 20 (so it is never a date), with a Luhn check digit.
/// </summary>
public static partial class SeOrganisationsnummerRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "SeOrganisationsnummerRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.SeOrganisationsnummer,
        DigitHint = new DigitHint(10, 11),
        Patterns = [new RegexPattern("organisationsnummer (medium)", OrgRegex(), 0.5)],
        Validator = Validate,
        Validation = "Luhn, digits 3–4 ≥ 20",
        ContextWords = ["organisationsnummer", "orgnummer", "org.nr", "orgnr", "företag", "organisation number", "company number", "company identity code"],
        Triggers = CountryTriggers.Digits,
        Country = "SE",
    });

    /// <summary>Valid when digits 3–4 form 20 or more and the Luhn check holds; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[10];
        if (Digits.Extract(candidate, d) != 10 || DateParts.Number(d, 2, 2) < 20)
        {
            return ValidationOutcome.Invalid;
        }

        return Luhn.IsValid((ReadOnlySpan<byte>)d) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w@=-]|[0-9][.:/])[1-9][0-9]{5}-?[0-9]{4}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex OrgRegex();
}
