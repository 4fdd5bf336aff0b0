using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.IT;

/// <summary>
/// IT_VAT_CODE: partita IVA, eleven digits (one space or underscore may split them), the last a Luhn check digit.
/// </summary>
public static partial class ItVatCodeRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "ItVatCodeRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.ItVatCode,
        Patterns = [new RegexPattern("partita iva (weak)", VatRegex(), 0.1)],
        Validator = Validate,
        Validation = "Luhn",
        ContextWords = ["partita iva", "p.iva", "piva", "iva", "vat", "vat number", "vat code"],
        Triggers = CountryTriggers.Digits,
        Country = "IT",
        EnabledByDefault = false,
    });

    /// <summary>Valid when the eleven digits (not all zero) pass the Luhn check; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[11];
        var count = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 11)
                {
                    return ValidationOutcome.Invalid;
                }

                d[count++] = (byte)(c - '0');
            }
            else if (c is not (' ' or '_'))
            {
                return ValidationOutcome.Invalid;
            }
        }

        return count == 11 && !(d[0] == 0 && Digits.AllSame(d)) && Luhn.IsValid((ReadOnlySpan<byte>)d)
            ? ValidationOutcome.Valid
            : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z_])(?:[0-9]{11}|(?=[0-9 _]{12}(?![0-9A-Za-z_]))[0-9]+[ _][0-9]+)(?![0-9A-Za-z_])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex VatRegex();
}
