using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.JP;

/// <summary>
/// JP_MY_NUMBER: individual number (個人番号, My Number), twelve digits (optionally 4-4-4) whose last digit is a mod-11
/// check digit: weights 2–7 then 2–6 from the right, check 11 − remainder, 0 when the remainder is 0 or 1.
/// </summary>
public static partial class JpMyNumberRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "JpMyNumberRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.JpMyNumber,
        DigitHint = new DigitHint(12, 14),
        Patterns = [new RegexPattern("my number (weak)", MyNumberRegex(), 0.3)],
        Validator = Validate,
        Validation = "mod-11 check digit",
        ContextWords = ["マイナンバー", "個人番号", "マイナンバーカード", "通知カード", "my number", "individual number", "mynumber"],
        Triggers = CountryTriggers.Digits,
        Country = "JP",
    });

    /// <summary>Valid when the check digit matches (and the digits are not all the same); invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[12];
        if (Digits.Extract(candidate, d) != 12 || Digits.AllSame(d))
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var r = Mod11.Remainder(d, weights);
        var check = r <= 1 ? 0 : 11 - r;
        return check == d[11] ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![0-9] ?|[\w@=]|[0-9][.:/-])[0-9]{4}( ?)[0-9]{4}\1[0-9]{4}(?! ?[0-9]|[\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex MyNumberRegex();
}
