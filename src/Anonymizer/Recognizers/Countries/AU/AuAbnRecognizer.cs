using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.AU;

/// <summary>AU_ABN: Australian Business Number, eleven digits (2-3-3-3 grouping or plain), mod-89 checked.</summary>
public static partial class AuAbnRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "AuAbnRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.AuAbn,
        DigitHint = new DigitHint(11, 14),
        Patterns =
        [
            new RegexPattern("abn (medium)", GroupedRegex(), 0.1),
            new RegexPattern("abn (low)", PlainRegex(), 0.01),
        ],
        Validator = Validate,
        Validation = "mod 89",
        ContextWords = ["australian business number", "abn"],
        Triggers = CountryTriggers.Digits,
        Country = "AU",
    });

    /// <summary>Valid when the eleven digits pass the mod-89 ABN check; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[11];
        return Digits.Extract(candidate, d) == 11 && Mod89.IsValidAbn(d) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![0-9@=]|[0-9][.:/-])[0-9]{2} [0-9]{3} [0-9]{3} [0-9]{3}(?![0-9@]|[.:/-][0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedRegex();

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[0-9]{11}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainRegex();
}
