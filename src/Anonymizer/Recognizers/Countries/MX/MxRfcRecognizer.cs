using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.MX;

/// <summary>
/// MX_RFC: Registro Federal de Contribuyentes, four letters (people) or three (companies, &amp; and Ñ allowed), a date
/// YYMMDD and a three-character homoclave whose last character is a mod-11 check digit (0–9 or A).
/// </summary>
public static partial class MxRfcRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "MxRfcRecognizer";

    private const string Alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.MxRfc,
        DigitHint = new DigitHint(6, 13),
        Patterns = [new RegexPattern("rfc (medium)", RfcRegex(), 0.4)],
        Validator = Validate,
        Validation = "date + mod-11 check character",
        ContextWords = ["rfc", "registro federal de contribuyentes", "contribuyente", "sat", "homoclave", "taxpayer id", "tax id"],
        Triggers = CountryTriggers.Digits,
        Country = "MX",
    });

    /// <summary>Valid when the date exists and the check character matches; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length is not (12 or 13))
        {
            return ValidationOutcome.Invalid;
        }

        var offset = candidate.Length - 9;
        var yy = DateParts.Number(candidate.Slice(offset, 2));
        if (yy < 0 || !DateParts.IsValid(2000 + yy, DateParts.Number(candidate.Slice(offset + 2, 2)), DateParts.Number(candidate.Slice(offset + 4, 2))))
        {
            return ValidationOutcome.Invalid;
        }

        // Companies' 12-character RFCs are padded with one leading space (value 37) to 13.
        var sum = candidate.Length == 12 ? 37 * 13 : 0;
        var weight = candidate.Length == 12 ? 12 : 13;
        for (var i = 0; i < candidate.Length - 1; i++, weight--)
        {
            var v = Alphabet.IndexOf(char.ToUpperInvariant(candidate[i]));
            if (v < 0)
            {
                return ValidationOutcome.Invalid;
            }

            sum += v * weight;
        }

        var r = sum % 11;
        var expected = r == 0 ? '0' : 11 - r == 10 ? 'A' : (char)('0' + (11 - r));
        return char.ToUpperInvariant(candidate[^1]) == expected ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(
        @"(?<![\w&])[A-ZÑ&]{3,4}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[A-Z0-9]{2}[0-9A](?![\w&])",
        RegexOptions.CultureInvariant)]
    private static partial Regex RfcRegex();
}
