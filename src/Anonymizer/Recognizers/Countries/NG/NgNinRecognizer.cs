using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.NG;

/// <summary>NG_NIN: Nigerian National Identification Number, eleven digits with a Verhoeff check digit.</summary>
public static partial class NgNinRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "NgNinRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.NgNin,
        DigitHint = new DigitHint(11, 11),
        Patterns = [new RegexPattern("nin (weak)", NinRegex(), 0.01)],
        Validator = Validate,
        Validation = "Verhoeff",
        ContextWords = ["nin", "national identification number", "national identity number", "nimc", "identity number", "national id"],
        Triggers = CountryTriggers.Digits,
        Country = "NG",
    });

    /// <summary>Valid when the eleven digits pass Verhoeff; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[11];
        return candidate.Length == 11 && Digits.Extract(candidate, d) == 11 && Verhoeff.IsValid(d) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[0-9]{11}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex NinRegex();
}
