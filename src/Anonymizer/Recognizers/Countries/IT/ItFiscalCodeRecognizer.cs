using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.IT;

/// <summary>
/// IT_FISCAL_CODE: codice fiscale, sixteen characters: three surname and three name letters, birth year, month letter,
/// day (+40 for women), municipality code and a check letter; digits may be replaced by letters (omocodia).
/// </summary>
public static partial class ItFiscalCodeRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "ItFiscalCodeRecognizer";

    private static ReadOnlySpan<byte> OddValues => [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.ItFiscalCode,
        Patterns = [new RegexPattern("codice fiscale (weak)", FiscalCodeRegex(), 0.3)],
        Validator = Validate,
        Validation = "odd/even check letter",
        ContextWords = ["codice fiscale", "cf", "c.f.", "fiscal code", "tax code", "tessera sanitaria"],
        Country = "IT",
    });

    /// <summary>Valid when the check letter matches; otherwise undecided (the structure alone is distinctive).</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != 16)
        {
            return ValidationOutcome.Invalid;
        }

        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            if (!char.IsAsciiLetterOrDigit(candidate[i]))
            {
                return ValidationOutcome.Invalid;
            }

            var index = char.IsAsciiDigit(candidate[i]) ? candidate[i] - '0' : char.ToUpperInvariant(candidate[i]) - 'A';
            sum += i % 2 == 0 ? OddValues[index] : index;
        }

        return char.ToUpperInvariant(candidate[15]) == (char)('A' + (sum % 26)) ? ValidationOutcome.Valid : ValidationOutcome.Undecided;
    }

    [GeneratedRegex(
        @"\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FiscalCodeRegex();
}
