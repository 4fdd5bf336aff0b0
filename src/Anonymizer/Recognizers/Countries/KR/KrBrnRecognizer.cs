using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.KR;

/// <summary>KR_BRN: Business Registration Number (사업자등록번호), NNN-NN-NNNNN with a weighted check digit.</summary>
public static partial class KrBrnRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "KrBrnRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.KrBrn,
        DigitHint = new DigitHint(10, 12),
        Patterns = [new RegexPattern("brn (weak)", BrnRegex(), 0.3)],
        Validator = Validate,
        Validation = "weighted check digit",
        ContextWords = ["사업자등록번호", "사업자번호", "사업자", "business registration number", "brn", "company registration"],
        Triggers = CountryTriggers.Digits,
        Country = "KR",
        EnabledByDefault = false,
    });

    /// <summary>Valid when weights 1, 3, 7, 1, 3, 7, 1, 3, 5 (plus the carry of the last product) give the check digit.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[10];
        if (Digits.Extract(candidate, d) != 10)
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        var sum = WeightedSum.Compute(d, weights) + (d[8] * 5 / 10);
        return (10 - (sum % 10)) % 10 == d[9] ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![0-9@=]|[0-9][.:/-])[0-9]{3}(-?)[0-9]{2}\1[0-9]{5}(?![0-9@]|[.:/-][0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex BrnRegex();
}
