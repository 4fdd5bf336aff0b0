using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.CA;

/// <summary>
/// CA_SIN: Canadian Social Insurance Number, nine digits grouped 3-3-3 by one consistent separator (medium) or plain
/// (weak), Luhn-checked; first digit never 0 or 8.
/// </summary>
public static partial class CaSinRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "CaSinRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.CaSin,
        DigitHint = new DigitHint(9, 11),
        Patterns =
        [
            new RegexPattern("sin (medium)", GroupedRegex(), 0.5),
            new RegexPattern("sin (weak)", PlainRegex(), 0.1),
        ],
        Validator = Validate,
        Validation = "Luhn, first digit not 0/8 (rejects only)",
        ContextWords = ["sin", "social insurance number", "social insurance", "nas", "numéro d'assurance sociale", "assurance sociale"],
        Country = "CA",
        EnabledByDefault = false,
    });

    /// <summary>
    /// Invalid when the Luhn check fails, the first digit is 0 or 8 (never issued) or all digits are the same; otherwise
    /// undecided, since nine-digit Luhn numbers are common: the pattern's score and context decide.
    /// </summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[9];
        if (Digits.Extract(candidate, d) != 9 || d[0] is 0 or 8 || Digits.AllSame(d) || !Luhn.IsValid((ReadOnlySpan<byte>)d))
        {
            return ValidationOutcome.Invalid;
        }

        return ValidationOutcome.Undecided;
    }

    [GeneratedRegex(@"(?<![0-9@=]|[0-9][.:/-])[0-9]{3}([ -])[0-9]{3}\1[0-9]{3}(?![0-9@]|[.:/-][0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedRegex();

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[0-9]{9}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainRegex();
}
