using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.NG;

/// <summary>
/// NG_VEHICLE_REGISTRATION: Nigerian number plate, a three-letter local government code, three digits and two letters
/// (e.g. APP-456CV).
/// </summary>
public static partial class NgVehicleRegistrationRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "NgVehicleRegistrationRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.NgVehicleRegistration,
        DigitHint = new DigitHint(3, 9),
        Patterns = [new RegexPattern("ng plate (medium)", PlateRegex(), 0.5)],
        ContextWords = ["plate", "plate number", "number plate", "vehicle", "registration", "frsc", "car", "license plate"],
        Triggers = CountryTriggers.Digits,
        Country = "NG",
        EnabledByDefault = false,
    });

    [GeneratedRegex(@"(?<![\w@=-]|[0-9][.:/])[A-Z]{3}[- ]?[0-9]{3}[A-Z]{2}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlateRegex();
}
