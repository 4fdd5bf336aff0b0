using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_HEALTH_INSURANCE: Krankenversichertennummer (KVNR, on the eGK), a letter and nine digits, the last a check digit
/// over the letter's position (two digits) and the first eight digits, weights 1, 2 alternating with cross sums.
/// </summary>
public static partial class DeHealthInsuranceRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeHealthInsuranceRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeHealthInsurance,
        DigitHint = new DigitHint(9, 10),
        Patterns = [new RegexPattern("kvnr (weak)", KvnrRegex(), 0.3)],
        Validator = Validate,
        Validation = "weighted 1-2 cross-sum check digit",
        ContextWords =
        [
            "krankenversichertennummer", "kvnr", "versichertennummer", "krankenkasse", "egk", "egk-nummer", "gesundheitskarte",
            "krankenversicherung", "health insurance", "health insurance number", "insurance number",
        ],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
    });

    /// <summary>Valid when the check digit matches; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != 10 || !char.IsAsciiLetter(candidate[0]) || candidate[1..].IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return ValidationOutcome.Invalid;
        }

        var letter = char.ToUpperInvariant(candidate[0]) - 'A' + 1;
        Span<int> d = stackalloc int[10];
        d[0] = letter / 10;
        d[1] = letter % 10;
        for (var i = 0; i < 8; i++)
        {
            d[i + 2] = candidate[i + 1] - '0';
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var p = d[i] * ((i % 2) + 1);
            sum += (p / 10) + (p % 10);
        }

        return sum % 10 == candidate[9] - '0' ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"\b[A-Za-z][0-9]{9}\b", RegexOptions.CultureInvariant)]
    private static partial Regex KvnrRegex();
}
