using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_SOCIAL_SECURITY: Rentenversicherungsnummer / Sozialversicherungsnummer, twelve characters: area number (2 digits),
/// birth date DDMMYY (day + 50 allowed when the serials of a day are used up), the surname's initial, a serial (2 digits)
/// and a check digit.
/// </summary>
public static partial class DeSocialSecurityRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeSocialSecurityRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeSocialSecurity,
        DigitHint = new DigitHint(11, 12),
        Patterns = [new RegexPattern("rvnr (medium)", RvnrRegex(), 0.5)],
        Validator = Validate,
        Validation = "birth date + weighted cross-sum check digit",
        ContextWords =
        [
            "rentenversicherungsnummer", "rvnr", "sozialversicherungsnummer", "svnr", "sv-nummer", "versicherungsnummer",
            "sozialversicherungsausweis", "social security number", "social security", "pension insurance number",
        ],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
    });

    /// <summary>Valid when the birth date is possible and the weighted check digit matches; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != 12 || !char.IsAsciiLetter(candidate[8]))
        {
            return ValidationOutcome.Invalid;
        }

        var day = DateParts.Number(candidate.Slice(2, 2));
        var month = DateParts.Number(candidate.Slice(4, 2));
        if (day > 50)
        {
            day -= 50;
        }

        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return ValidationOutcome.Invalid;
        }

        Span<byte> d = stackalloc byte[12];
        for (var i = 0; i < 8; i++)
        {
            d[i] = (byte)(candidate[i] - '0');
        }

        var letter = char.ToUpperInvariant(candidate[8]) - 'A' + 1;
        d[8] = (byte)(letter / 10);
        d[9] = (byte)(letter % 10);
        d[10] = (byte)(candidate[9] - '0');
        d[11] = (byte)(candidate[10] - '0');
        ReadOnlySpan<int> weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var p = d[i] * weights[i];
            sum += (p / 10) + (p % 10);
        }

        return sum % 10 == candidate[11] - '0' ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(
        @"(?<![\w@=]|[0-9][.:/-])[0-9]{8}[A-Za-z][0-9]{3}(?![\w@]|[.:/-]\w)",
        RegexOptions.CultureInvariant)]
    private static partial Regex RvnrRegex();
}
