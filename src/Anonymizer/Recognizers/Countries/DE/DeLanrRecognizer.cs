using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_LANR: Lebenslange Arztnummer, nine digits: a six-digit physician number, a check digit (weights 4, 9 alternating,
/// 10 minus the sum mod 10) and a two-digit specialty code.
/// </summary>
public static partial class DeLanrRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeLanrRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeLanr,
        DigitHint = new DigitHint(9, 9),
        Patterns = [new RegexPattern("lanr (weak)", LanrRegex(), 0.1)],
        Validator = Validate,
        Validation = "weighted 4-9 check digit",
        ContextWords = ["lanr", "arztnummer", "lebenslange arztnummer", "arzt-nr", "physician number", "doctor number"],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
    });

    /// <summary>Valid when the seventh digit is the check digit of the first six; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[9];
        if (candidate.Length != 9 || Digits.Extract(candidate, d) != 9)
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> weights = [4, 9, 4, 9, 4, 9];
        var check = (10 - WeightedSum.Remainder(d, weights, 10)) % 10;
        return check == d[6] ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[0-9]{9}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex LanrRegex();
}
