using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.MX;

/// <summary>
/// MX_CURP: Clave Única de Registro de Población, eighteen characters: four letters from the name, birth date YYMMDD,
/// sex (H, M or X), a state code, three consonants, a differentiator (digit before 2000, letter from 2000) and a check
/// digit.
/// </summary>
public static partial class MxCurpRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "MxCurpRecognizer";

    private const string Alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.MxCurp,
        Patterns = [new RegexPattern("curp (medium)", CurpRegex(), 0.5)],
        Validator = Validate,
        Validation = "birth date + mod-10 check digit",
        ContextWords = ["curp", "clave única de registro de población", "clave unica", "registro de población", "population registry code"],
        Triggers = CountryTriggers.Digits,
        Country = "MX",
    });

    /// <summary>Valid when the birth date exists and the check digit matches; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != 18)
        {
            return ValidationOutcome.Invalid;
        }

        var yy = DateParts.Number(candidate.Slice(4, 2));
        var century = char.IsAsciiDigit(candidate[16]) ? 1900 : 2000;
        if (yy < 0 || !DateParts.IsValid(century + yy, DateParts.Number(candidate.Slice(6, 2)), DateParts.Number(candidate.Slice(8, 2))))
        {
            return ValidationOutcome.Invalid;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(char.ToUpperInvariant(candidate[i]));
            if (v < 0)
            {
                return ValidationOutcome.Invalid;
            }

            sum += v * (18 - i);
        }

        return (10 - (sum % 10)) % 10 == candidate[17] - '0' ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(
        @"\b[A-Z][AEIOUX][A-Z]{2}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[HMX](?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CurpRegex();
}
