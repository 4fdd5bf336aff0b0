using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Generic;

/// <summary>
/// CREDIT_CARD: 12 to 19 digits starting with a card brand's prefix (Visa 4, Mastercard 51–55 and 22–27, Amex 34/37,
/// Diners 30/36/38, Discover/UnionPay/Maestro 6, JCB 35, UATP 1), compact or grouped with single spaces or dashes.
/// Reported only when the Luhn check passes (score 1.0).
/// </summary>
public static partial class CreditCardRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "CreditCardRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.CreditCard,
        Patterns = [new RegexPattern("All Credit Cards (weak)", CardRegex(), 0.3)],
        Validator = Validate,
        ContextWords = ["credit", "card", "visa", "mastercard", "cc", "amex", "discover", "jcb", "diners", "maestro", "instapayment"],
        Triggers = SearchValues.Create("0123456789"),
        DigitHint = new DigitHint(11, 29),
    });

    /// <summary>
    /// Valid when <paramref name="candidate"/> holds 12 to 19 digits (spaces and dashes ignored) that are not all the
    /// same and pass the Luhn check; invalid otherwise.
    /// </summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> digits = stackalloc byte[20];
        var count = Digits.Extract(candidate, digits);
        if (count is < 12 or > 19)
        {
            return ValidationOutcome.Invalid;
        }

        var value = digits[..count];
        return !Digits.AllSame(value) && Luhn.IsValid(value) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    // A brand prefix, then either 12–19 compact digits or groups (4 digits, then 3–6 digit groups) joined by one kind
    // of separator. Thirteen digits starting with 1 are excluded (not a UATP length).
    [GeneratedRegex(
        @"(?<![\w.,-])(?!1[0-9]{12}(?![0-9]))(?=4|5[0-5]|2[2-7]|6|3[0-8]|1)(?:\d[0-9]{11,18}|\d[0-9]{3}(?<sep>[ -])[0-9]{4,6}(?:\k<sep>[0-9]{3,5}){1,3})(?!\w|[.,-][0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex CardRegex();
}
