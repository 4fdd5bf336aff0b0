using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.PH;

/// <summary>
/// PH_TIN: Philippine Taxpayer Identification Number, nine digits (the ninth a check digit) optionally followed by a
/// three-digit branch code, written NNN-NNN-NNN[-NNN] or plain.
/// </summary>
public static partial class PhTinRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "PhTinRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.PhTin,
        DigitHint = new DigitHint(9, 15),
        Patterns =
        [
            new RegexPattern("tin formatted (weak)", FormattedRegex(), 0.05),
            new RegexPattern("tin plain (very weak)", PlainRegex(), 0.01),
        ],
        Validator = Validate,
        Validation = "weighted mod-11 check digit (rejects only)",
        ContextWords = ["tin", "taxpayer identification number", "tax identification number", "bir", "tax id", "numero ng buwis"],
        Triggers = CountryTriggers.Digits,
        Country = "PH",
    });

    /// <summary>
    /// Invalid unless the ninth digit equals the sum of digits 1–8 weighted 9…2, modulo 11 (a remainder of 10 is never
    /// issued); otherwise undecided (a single check digit is too weak to validate a bare number).
    /// </summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[12];
        var count = Digits.Extract(candidate, d);
        if (count is not (9 or 12))
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> weights = [9, 8, 7, 6, 5, 4, 3, 2];
        return Mod11.Remainder(d, weights) == d[8] ? ValidationOutcome.Undecided : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w@=-]|[0-9][.:/])[0-9]{3}-[0-9]{3}-[0-9]{3}(?:-[0-9]{3})?(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex FormattedRegex();

    [GeneratedRegex(@"(?<![\w@=-]|[0-9][.:/])(?:[0-9]{12}|[0-9]{9})(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainRegex();
}
