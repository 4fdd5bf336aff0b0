using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>
/// US_NPI: National Provider Identifiers, ten digits starting 1 or 2 (bare, or 4-3-3 with dashes or spaces), checked
/// with the Luhn algorithm over the 80840 prefix.
/// </summary>
public static partial class UsNpiRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UsNpiRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UsNpi,
        DigitHint = new DigitHint(10, 12),
        Patterns =
        [
            new RegexPattern("NPI (weak)", Bare(), 0.1),
            new RegexPattern("NPI separated (weak)", Separated(), 0.1),
        ],
        Validator = Validate,
        ContextWords = ["npi", "national provider", "provider", "nppes", "provider identifier", "provider id"],
        Triggers = SearchValues.Create("12"),
        Country = "US",
    });

    /// <summary>Valid when the NPI check digit is right (see <see cref="NationalProviderIdentifier.IsValid"/>); invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate) =>
        NationalProviderIdentifier.IsValid(candidate) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;

    [GeneratedRegex(@"(?<![\w.-])[12]\d{9}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    [GeneratedRegex(@"(?<![\w.-])[12]\d{3}(?:-\d{3}-|\ \d{3}\ )\d{3}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Separated();
}
