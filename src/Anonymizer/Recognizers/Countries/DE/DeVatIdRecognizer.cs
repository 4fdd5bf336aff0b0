using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_VAT_ID: Umsatzsteuer-Identifikationsnummer (USt-IdNr), <c>DE</c> and nine digits, optionally grouped 3-3-3 by
/// spaces, dashes or dots; ISO 7064 MOD 11,10 check digit.
/// </summary>
public static partial class DeVatIdRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeVatIdRecognizer";

    /// <summary>Creates the recognizer.</summary>
    /// <param name="strictChecksum">
    /// When true, a wrong check digit rejects the candidate; when false (default, as Presidio) it only leaves the
    /// pattern's score, since some issued numbers are reported not to follow the published algorithm.
    /// </param>
    public static PatternRecognizer Create(bool strictChecksum = false) => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeVatId,
        DigitHint = new DigitHint(9, 14),
        Patterns = [new RegexPattern("ust-idnr (medium)", VatIdRegex(), 0.5)],
        Validator = strictChecksum ? ValidateStrict : Validate,
        Validation = "ISO 7064 MOD 11,10 (strict mode rejects)",
        ContextWords =
        [
            "ust-idnr", "ust-id", "ustid", "umsatzsteuer-identifikationsnummer", "umsatzsteuer", "umsatzsteuer-id",
            "vat", "vat id", "vat number", "vat-id",
        ],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
    });

    /// <summary>Valid with a correct check digit, undecided with a wrong one, invalid when not DE + nine digits.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate) => Check(candidate, strict: false);

    /// <summary>Valid with a correct check digit; invalid otherwise.</summary>
    public static ValidationOutcome ValidateStrict(ReadOnlySpan<char> candidate) => Check(candidate, strict: true);

    private static ValidationOutcome Check(ReadOnlySpan<char> candidate, bool strict)
    {
        if (candidate.Length < 11 || !candidate[..2].Equals("DE", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationOutcome.Invalid;
        }

        Span<byte> d = stackalloc byte[9];
        if (Digits.Extract(candidate[2..], d) != 9)
        {
            return ValidationOutcome.Invalid;
        }

        if (Iso7064.IsValidMod11_10(d))
        {
            return ValidationOutcome.Valid;
        }

        return strict ? ValidationOutcome.Invalid : ValidationOutcome.Undecided;
    }

    [GeneratedRegex(
        @"\b[Dd][Ee][ .-]?[0-9]{3}[ .-]?[0-9]{3}[ .-]?[0-9]{3}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex VatIdRegex();
}
