using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.FR;

/// <summary>
/// FR_NIR: numéro d'inscription au répertoire (numéro de sécurité sociale), fifteen characters: sex (1, 2, or 3, 4, 7, 8
/// for provisional numbers), birth year and month, department (2A/2B for Corsica), commune, order number and a two-digit
/// key equal to 97 − (the thirteen-digit number mod 97). Spaces between the groups are allowed.
/// </summary>
public static partial class FrNirRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "FrNirRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.FrNir,
        DigitHint = new DigitHint(14, 21),
        Patterns = [new RegexPattern("nir (medium)", NirRegex(), 0.5)],
        Validator = Validate,
        Validation = "97 − (number mod 97) key, Corsica 2A/2B",
        ContextWords =
        [
            "numéro de sécurité sociale", "sécurité sociale", "securite sociale", "nir", "numéro insee", "insee", "carte vitale",
            "n° ss", "social security number", "social security",
        ],
        Triggers = CountryTriggers.Digits,
        Country = "FR",
    });

    /// <summary>Valid when the month is possible and the key is 97 − (number mod 97); invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<char> c = stackalloc char[15];
        var n = 0;
        foreach (var ch in candidate)
        {
            if (ch == ' ')
            {
                continue;
            }

            if (n == 15)
            {
                return ValidationOutcome.Invalid;
            }

            c[n++] = char.ToUpperInvariant(ch);
        }

        if (n != 15)
        {
            return ValidationOutcome.Invalid;
        }

        var month = DateParts.Number(c.Slice(3, 2));
        if (month is 0 or (> 12 and < 20))
        {
            return ValidationOutcome.Invalid;
        }

        long number = 0;
        for (var i = 0; i < 13; i++)
        {
            int digit;
            if (i == 6 && c[5] == '2' && c[6] is 'A' or 'B')
            {
                digit = 0;
            }
            else if (char.IsAsciiDigit(c[i]))
            {
                digit = c[i] - '0';
            }
            else
            {
                return ValidationOutcome.Invalid;
            }

            number = (number * 10) + digit;
        }

        // Corsica: 2A counts as 19, 2B as 18 in the key computation.
        if (c[6] == 'A')
        {
            number -= 1_000_000;
        }
        else if (c[6] == 'B')
        {
            number -= 2_000_000;
        }

        var key = DateParts.Number(c.Slice(13, 2));
        return key == 97 - (number % 97) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(
        @"\b[1234780] ?[0-9]{2} ?(?:0[1-9]|1[0-2]|[2-9][0-9]) ?(?:[0-9]{2}|2[ABab]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NirRegex();
}
