using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_BSNR: Betriebsstättennummer of a medical practice, nine digits starting with the two-digit region code of the
/// Kassenärztliche Vereinigung (01–99). There is no public check digit, so a match keeps its pattern score.
/// </summary>
public static partial class DeBsnrRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeBsnrRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeBsnr,
        DigitHint = new DigitHint(9, 9),
        Patterns = [new RegexPattern("bsnr (weak)", BsnrRegex(), 0.2)],
        Validator = Validate,
        Validation = "KV region code (rejects only)",
        ContextWords = ["bsnr", "betriebsstättennummer", "betriebsstätte", "praxis", "practice number", "practice site number"],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
        EnabledByDefault = false,
    });

    /// <summary>Invalid unless nine digits with a region code 01–99 (and not all zero); otherwise undecided.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[9];
        if (candidate.Length != 9 || Digits.Extract(candidate, d) != 9 || (d[0] == 0 && d[1] == 0))
        {
            return ValidationOutcome.Invalid;
        }

        return ValidationOutcome.Undecided;
    }

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[0-9]{9}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex BsnrRegex();
}
