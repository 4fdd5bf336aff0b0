using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_HANDELSREGISTER: a commercial register number, the register (HRA, HRB, GnR, PR, VR, GsR) and up to six digits.
/// </summary>
public static partial class DeHandelsregisterRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeHandelsregisterRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeHandelsregister,
        Patterns = [new RegexPattern("handelsregister (medium)", RegisterRegex(), 0.5)],
        ContextWords = ["handelsregister", "handelsregisternummer", "registergericht", "amtsgericht", "registernummer", "commercial register", "company register"],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
    });

    [GeneratedRegex(
        @"\b(?:HRA|HRB|GnR|PR|VR|GsR) ?[1-9][0-9]{0,5}\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex RegisterRegex();
}
