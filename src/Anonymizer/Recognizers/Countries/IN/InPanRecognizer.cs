using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.IN;

/// <summary>
/// IN_PAN: Permanent Account Number, five letters (the fourth the holder type: P person, C company, H HUF, F firm, A
/// AOP, T trust, B BOI, L local authority, J juridical person, G government), four digits and a letter.
/// </summary>
public static partial class InPanRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "InPanRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.InPan,
        DigitHint = new DigitHint(4, 10),
        Patterns =
        [
            new RegexPattern("pan (high)", TypedRegex(), 0.5),
            new RegexPattern("pan (medium)", PlainRegex(), 0.1),
            new RegexPattern("pan (low)", LooseRegex(), 0.01),
        ],
        ContextWords = ["pan", "permanent account number", "pan number", "pan card", "income tax", "पैन"],
        Triggers = CountryTriggers.Digits,
        Country = "IN",
        EnabledByDefault = false,
    });

    [GeneratedRegex(@"\b[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TypedRegex();

    [GeneratedRegex(@"\b[A-Z]{5}[0-9]{4}[A-Z]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlainRegex();

    [GeneratedRegex(
        @"(?<![\w])(?=[A-Z0-9]{0,9}[A-Z])(?=[A-Z0-9]{0,6}[0-9]{4})[A-Z0-9]{10}(?![\w])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LooseRegex();
}
