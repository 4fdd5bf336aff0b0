using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.AU;

/// <summary>AU_ACN: Australian Company Number, nine digits (3-3-3 or plain), weighted mod-10 check digit.</summary>
public static partial class AuAcnRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "AuAcnRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.AuAcn,
        DigitHint = new DigitHint(9, 11),
        Patterns =
        [
            new RegexPattern("acn (medium)", GroupedRegex(), 0.1),
            new RegexPattern("acn (low)", PlainRegex(), 0.01),
        ],
        Validator = Validate,
        Validation = "weighted mod 10",
        ContextWords = ["australian company number", "acn"],
        Triggers = CountryTriggers.Digits,
        Country = "AU",
        EnabledByDefault = false,
    });

    /// <summary>Valid when weights 8…1 on the first eight digits give the check digit (10 − sum mod 10) mod 10.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[9];
        if (Digits.Extract(candidate, d) != 9)
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> weights = [8, 7, 6, 5, 4, 3, 2, 1];
        var check = (10 - WeightedSum.Remainder(d, weights, 10)) % 10;
        return check == d[8] ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![0-9@=]|[0-9][.:/-])[0-9]{3} [0-9]{3} [0-9]{3}(?![0-9@]|[.:/-][0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedRegex();

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[0-9]{9}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainRegex();
}
