using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>
/// US_SSN: US Social Security Numbers written 3-2-4 with dashes, dots or spaces (medium), and 5-4, 3-6 or 9 bare
/// digits (very weak). Numbers the SSA never issues are dropped (see <see cref="UsSocialSecurityNumber.IsPlausible"/>).
/// </summary>
public static partial class UsSsnRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UsSsnRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UsSsn,
        Patterns =
        [
            new RegexPattern("SSN (medium)", Separated(), 0.5),
            new RegexPattern("SSN 5-4 (very weak)", FiveFour(), 0.05),
            new RegexPattern("SSN 3-6 (very weak)", ThreeSix(), 0.05),
            new RegexPattern("SSN 9 digits (very weak)", Bare(), 0.05),
        ],
        Invalidator = Invalidate,
        ContextWords = ["social", "security", "ssn", "ssns", "ssn#", "ss#", "ssid"],
        Triggers = SearchValues.Create("0123456789"),
        DigitHint = new DigitHint(9, 11),
        Country = "US",
    });

    /// <summary>Invalid when the number could not have been issued; undecided otherwise (SSNs carry no checksum).</summary>
    public static ValidationOutcome Invalidate(ReadOnlySpan<char> candidate) =>
        UsSocialSecurityNumber.IsPlausible(candidate) ? ValidationOutcome.Undecided : ValidationOutcome.Invalid;

    [GeneratedRegex(@"(?<![\w.-])\d{3}[-. ]\d{2}[-. ]\d{4}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Separated();

    [GeneratedRegex(@"(?<![\w.-])\d{5}-\d{4}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FiveFour();

    [GeneratedRegex(@"(?<![\w.-])\d{3}-\d{6}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ThreeSix();

    [GeneratedRegex(@"(?<![\w.-])\d{9}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();
}
