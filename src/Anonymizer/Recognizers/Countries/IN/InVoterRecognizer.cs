using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.IN;

/// <summary>IN_VOTER: Electoral Photo Identity Card (EPIC) number, three letters and seven digits.</summary>
public static partial class InVoterRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "InVoterRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.InVoter,
        DigitHint = new DigitHint(7, 10),
        Patterns = [new RegexPattern("voter id (weak)", VoterRegex(), 0.3)],
        ContextWords = ["voter", "voter id", "epic", "epic number", "electoral", "election commission", "vote", "मतदाता"],
        Triggers = CountryTriggers.Digits,
        Country = "IN",
        EnabledByDefault = false,
    });

    [GeneratedRegex(@"\b[A-Z]{3}[0-9]{7}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VoterRegex();
}
