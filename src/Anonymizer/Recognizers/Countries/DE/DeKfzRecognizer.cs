using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_KFZ: Kfz-Kennzeichen, a district code of one to three letters, one or two letters and one to four digits,
/// separated by spaces or dashes, optionally ending in E (electric) or H (historic).
/// </summary>
public static partial class DeKfzRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeKfzRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeKfz,
        Patterns = [new RegexPattern("kfz-kennzeichen (weak)", KfzRegex(), 0.3)],
        ContextWords = ["kennzeichen", "kfz-kennzeichen", "kfz", "nummernschild", "autokennzeichen", "fahrzeug", "license plate", "number plate", "registration"],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
        EnabledByDefault = false,
    });

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}-])[A-ZÄÖÜ]{1,3}[ -][A-Z]{1,2}[ -][1-9][0-9]{0,3}[EH]?(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KfzRegex();
}
