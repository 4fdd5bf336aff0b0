using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.AU;

/// <summary>AU_MEDICARE: Australian Medicare card number, ten digits (4-5-1 or plain), first digit 2–6, weighted check digit.</summary>
public static partial class AuMedicareRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "AuMedicareRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.AuMedicare,
        DigitHint = new DigitHint(10, 12),
        Patterns =
        [
            new RegexPattern("medicare (medium)", GroupedRegex(), 0.1),
            new RegexPattern("medicare (low)", PlainRegex(), 0.01),
        ],
        Validator = Validate,
        Validation = "weighted mod 10, first digit 2–6",
        ContextWords = ["medicare"],
        Triggers = CountryTriggers.Digits,
        Country = "AU",
    });

    /// <summary>Valid when the first digit is 2–6 and digits 1–8 weighted 1, 3, 7, 9, 1, 3, 7, 9 give digit 9 (mod 10).</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[10];
        if (Digits.Extract(candidate, d) != 10 || d[0] is < 2 or > 6)
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> weights = [1, 3, 7, 9, 1, 3, 7, 9];
        return WeightedSum.Remainder(d, weights, 10) == d[8] ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![0-9@=]|[0-9][.:/-])[2-6][0-9]{3} [0-9]{5} [0-9](?![0-9@]|[.:/-][0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedRegex();

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[2-6][0-9]{9}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainRegex();
}
