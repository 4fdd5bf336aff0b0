using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.FR;

/// <summary>FR_SIREN: French company identifier, nine digits (optionally 3-3-3), Luhn-checked.</summary>
public static partial class FrSirenRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "FrSirenRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.FrSiren,
        DigitHint = new DigitHint(9, 11),
        Patterns =
        [
            new RegexPattern("siren grouped (weak)", GroupedRegex(), 0.3),
            new RegexPattern("siren plain (very weak)", PlainRegex(), 0.1),
        ],
        Validator = Validate,
        Validation = "Luhn",
        ContextWords = ["siren", "numéro siren", "n° siren", "rcs", "entreprise", "société", "company number", "company registration"],
        Triggers = CountryTriggers.Digits,
        Country = "FR",
    });

    /// <summary>Valid when the nine digits (not all zero) pass Luhn; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[9];
        return Digits.Extract(candidate, d) == 9 && !(d[0] == 0 && Digits.AllSame(d)) && Luhn.IsValid((ReadOnlySpan<byte>)d)
            ? ValidationOutcome.Valid
            : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![0-9] ?|[\w@=]|[0-9][.:/-])[0-9]{3} [0-9]{3} [0-9]{3}(?! ?[0-9]|[\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedRegex();

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[0-9]{9}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainRegex();
}
