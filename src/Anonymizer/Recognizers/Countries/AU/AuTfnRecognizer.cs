using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.AU;

/// <summary>AU_TFN: Australian Tax File Number, nine digits (3-3-3 or plain), weighted mod-11 check.</summary>
public static partial class AuTfnRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "AuTfnRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.AuTfn,
        DigitHint = new DigitHint(9, 11),
        Patterns =
        [
            new RegexPattern("tfn (medium)", GroupedRegex(), 0.1),
            new RegexPattern("tfn (low)", PlainRegex(), 0.01),
        ],
        Validator = Validate,
        Validation = "weighted mod 11",
        ContextWords = ["tax file number", "tfn"],
        Triggers = CountryTriggers.Digits,
        Country = "AU",
        EnabledByDefault = false,
    });

    /// <summary>Valid when the digits weighted 1, 4, 3, 7, 5, 8, 6, 9, 10 sum to a multiple of 11.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[9];
        if (Digits.Extract(candidate, d) != 9)
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> weights = [1, 4, 3, 7, 5, 8, 6, 9, 10];
        return Mod11.Remainder(d, weights) == 0 ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![0-9@=]|[0-9][.:/-])[0-9]{3} [0-9]{3} [0-9]{3}(?![0-9@]|[.:/-][0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedRegex();

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[0-9]{9}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainRegex();
}
