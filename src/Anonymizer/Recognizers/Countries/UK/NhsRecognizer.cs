using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.UK;

/// <summary>UK_NHS: National Health Service numbers, ten digits (bare or 3-3-4 with spaces or dashes), mod-11 checked.</summary>
public static partial class NhsRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "NhsRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UkNhs,
        DigitHint = new DigitHint(10, 12),
        Patterns = [new RegexPattern("NHS (medium)", Nhs(), 0.5)],
        Validator = Validate,
        ContextWords = ["national health service", "nhs", "health services authority", "health authority"],
        Triggers = SearchValues.Create("0123456789"),
        Country = "UK",
    });

    /// <summary>Valid when the mod-11 check digit is right (see <see cref="NhsNumber.IsValid(ReadOnlySpan{char})"/>); invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate) =>
        NhsNumber.IsValid(candidate) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;

    [GeneratedRegex(@"(?<![\w.-])(?:\d{10}|\d{3}-\d{3}-\d{4}|\d{3}\ \d{3}\ \d{4})(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Nhs();
}
