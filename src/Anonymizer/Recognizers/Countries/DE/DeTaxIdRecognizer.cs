using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_TAX_ID: Steuerliche Identifikationsnummer (Steuer-IdNr), eleven digits, first never 0, no digit more than three
/// times among the first ten, ISO 7064 MOD 11,10 check digit.
/// </summary>
public static partial class DeTaxIdRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeTaxIdRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeTaxId,
        DigitHint = new DigitHint(11, 11),
        Patterns = [new RegexPattern("steuer-id (weak)", TaxIdRegex(), 0.3)],
        Validator = Validate,
        Validation = "ISO 7064 MOD 11,10 + digit-repetition rule",
        ContextWords =
        [
            "steuer-id", "steuerid", "steueridentifikationsnummer", "steuerliche identifikationsnummer", "identifikationsnummer",
            "idnr", "steuer-idnr", "tin", "tax id", "tax identification number",
        ],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
    });

    /// <summary>Valid when the structure rules and the ISO 7064 MOD 11,10 check digit hold; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != 11)
        {
            return ValidationOutcome.Invalid;
        }

        Span<byte> d = stackalloc byte[11];
        if (Digits.Extract(candidate, d) != 11 || d[0] == 0)
        {
            return ValidationOutcome.Invalid;
        }

        Span<int> counts = stackalloc int[10];
        for (var i = 0; i < 10; i++)
        {
            if (++counts[d[i]] > 3)
            {
                return ValidationOutcome.Invalid;
            }
        }

        return Iso7064.IsValidMod11_10(d) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[1-9][0-9]{10}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex TaxIdRegex();
}
