using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.PL;

/// <summary>
/// PL_PESEL: Polish national identification number, eleven digits: birth date YYMMDD (month + 80, 0, 20, 40, 60 for
/// the 1800s … 2200s), a serial, and a check digit (weights 1, 3, 7, 9 repeating).
/// </summary>
public static partial class PlPeselRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "PlPeselRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.PlPesel,
        DigitHint = new DigitHint(11, 11),
        Patterns = [new RegexPattern("pesel (weak)", PeselRegex(), 0.4)],
        Validator = Validate,
        Validation = "birth date + weighted 1-3-7-9 check digit",
        ContextWords = ["pesel", "numer pesel", "numer ewidencyjny", "national identification number", "national id"],
        Triggers = CountryTriggers.Digits,
        Country = "PL",
    });

    /// <summary>Valid when the birth date exists and the check digit matches; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != 11 || candidate.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return ValidationOutcome.Invalid;
        }

        Span<byte> d = stackalloc byte[11];
        Digits.Extract(candidate, d);
        var year = DateParts.Number(d, 0, 2);
        var month = DateParts.Number(d, 2, 2);
        var day = DateParts.Number(d, 4, 2);
        var century = (month / 20) switch { 0 => 1900, 1 => 2000, 2 => 2100, 3 => 2200, _ => 1800 };
        if (!DateParts.IsValid(century + year, month % 20, day))
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        var check = (10 - WeightedSum.Remainder(d, weights, 10)) % 10;
        return check == d[10] ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[0-9]{11}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PeselRegex();
}
