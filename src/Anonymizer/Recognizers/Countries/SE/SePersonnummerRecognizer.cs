using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.SE;

/// <summary>
/// SE_PERSONNUMMER: personnummer (or samordningsnummer, day + 60), YYMMDD or YYYYMMDD, an optional - or +, three
/// digits and a Luhn check digit over the ten-digit form.
/// </summary>
public static partial class SePersonnummerRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "SePersonnummerRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.SePersonnummer,
        DigitHint = new DigitHint(10, 13),
        Patterns = [new RegexPattern("personnummer (medium)", PersonnummerRegex(), 0.5)],
        Validator = Validate,
        Validation = "birth date + Luhn",
        ContextWords = ["personnummer", "pnr", "personnumret", "samordningsnummer", "personal identity number", "personal identity code", "swedish id"],
        Triggers = CountryTriggers.Digits,
        Country = "SE",
    });

    /// <summary>Valid when the birth date exists and the Luhn check holds; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[12];
        var count = Digits.Extract(candidate, d);
        if (count is not (10 or 12))
        {
            return ValidationOutcome.Invalid;
        }

        var ten = d.Slice(count - 10, 10);
        var year = count == 12 ? DateParts.Number(d, 0, 4) : 2000 + DateParts.Number(ten, 0, 2);
        var month = DateParts.Number(ten, 2, 2);
        var day = DateParts.Number(ten, 4, 2);
        if (day > 60)
        {
            day -= 60;
        }

        if (count == 10 && month == 2 && day == 29)
        {
            year = 2000;
        }

        return DateParts.IsValid(year, month, day) && Luhn.IsValid((ReadOnlySpan<byte>)ten) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(
        @"(?<![0-9@=]|[0-9][.:/-])(?:(?:18|19|20)[0-9]{6}-?|[0-9]{6}[-+]?)[0-9]{4}(?![\w@]|[.:/-]\w)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PersonnummerRegex();
}
