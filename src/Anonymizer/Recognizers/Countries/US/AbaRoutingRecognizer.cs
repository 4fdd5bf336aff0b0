using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>
/// ABA_ROUTING_NUMBER: American Bankers Association routing transit numbers, 9 digits or 4-4-1 with dashes, checked
/// with the Federal Reserve prefix ranges and the 3-7-1 weighted checksum.
/// </summary>
public static partial class AbaRoutingRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "AbaRoutingRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.AbaRoutingNumber,
        DigitHint = new DigitHint(9, 11),
        Patterns =
        [
            new RegexPattern("ABA routing number (weak)", Bare(), 0.05),
            new RegexPattern("ABA routing number", Dashed(), 0.3),
        ],
        Validator = Validate,
        ContextWords = ["aba", "routing", "abarouting", "association", "bankrouting", "routing number", "transit"],
        Triggers = SearchValues.Create("0123678"),
        Country = "US",
    });

    /// <summary>Valid when the prefix and checksum are right (see <see cref="AbaRoutingNumber.IsValid(ReadOnlySpan{char})"/>); invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate) =>
        AbaRoutingNumber.IsValid(candidate) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;

    [GeneratedRegex(@"(?<![\w.-])[0-36-8]\d{8}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    [GeneratedRegex(@"(?<![\w.-])[0-36-8]\d{3}-\d{4}-\d(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Dashed();
}
