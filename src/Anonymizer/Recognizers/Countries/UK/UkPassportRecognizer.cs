using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.UK;

/// <summary>UK_PASSPORT: two letters followed by seven digits (a weak pattern: it needs context to reach most thresholds).</summary>
public static partial class UkPassportRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UkPassportRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UkPassport,
        DigitHint = new DigitHint(7, 9),
        Patterns = [new RegexPattern("uk passport (weak)", PassportRegex(), 0.1)],
        ContextWords = ["passport", "passport number", "passport no", "travel document", "hm passport office", "uk passport"],
        Country = "UK",
        EnabledByDefault = false,
    });

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{7}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PassportRegex();
}
