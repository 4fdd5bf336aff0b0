using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.NL;

/// <summary>NL_BSN: Dutch citizen service number (burgerservicenummer), nine digits (or 1234.56.789) passing the 11-test.</summary>
public static partial class NlBsnRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "NlBsnRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.NlBsn,
        DigitHint = new DigitHint(9, 11),
        Patterns = [new RegexPattern("bsn (weak)", BsnRegex(), 0.3)],
        Validator = Validate,
        Validation = "11-test",
        ContextWords = ["bsn", "burgerservicenummer", "sofinummer", "sofi-nummer", "persoonsnummer", "citizen service number", "social security number"],
        Triggers = CountryTriggers.Digits,
        Country = "NL",
    });

    /// <summary>Valid when the nine digits (not all the same) pass the 11-test; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[9];
        return Digits.Extract(candidate, d) == 9 && !Digits.AllSame(d) && Mod11.IsValidElevenTest(d) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w.@=]|[0-9][:/-])(?:[0-9]{9}|[0-9]{4}\.[0-9]{2}\.[0-9]{3})(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex BsnRegex();
}
