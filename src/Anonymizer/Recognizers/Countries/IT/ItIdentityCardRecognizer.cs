using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.IT;

/// <summary>
/// IT_IDENTITY_CARD: carta d'identità, paper model (two letters, seven digits), electronic CIE 2.0 (seven digits, two
/// letters) or CIE 3.0 (two letters, five digits, two letters). Very weak without context.
/// </summary>
public static partial class ItIdentityCardRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "ItIdentityCardRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.ItIdentityCard,
        DigitHint = new DigitHint(5, 10),
        Patterns = [new RegexPattern("carta identità (very weak)", CardRegex(), 0.01)],
        ContextWords = ["carta d'identità", "carta di identità", "carta identità", "cie", "documento", "identity card", "id card"],
        Triggers = CountryTriggers.Digits,
        Country = "IT",
        EnabledByDefault = false,
    });

    [GeneratedRegex(
        @"\b(?:[A-Z]{2} ?[0-9]{7}|[0-9]{7}[A-Z]{2}|[A-Z]{2}[0-9]{5}[A-Z]{2})\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CardRegex();
}
