using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.IN;

/// <summary>
/// IN_VEHICLE_REGISTRATION: the current format (state code, district number, series letters, four digits, e.g.
/// KA53ME3456), validated on the state code, plus older short formats as weak patterns.
/// </summary>
public static partial class InVehicleRegistrationRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "InVehicleRegistrationRecognizer";

    private static readonly FrozenSet<string> States = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "AN", "AP", "AR", "AS", "BR", "CG", "CH", "DD", "DL", "DN", "GA", "GJ", "HP", "HR", "JH", "JK", "KA", "KL", "LA", "LD",
        "MH", "ML", "MN", "MP", "MZ", "NL", "OD", "OR", "PB", "PY", "RJ", "SK", "TN", "TR", "TS", "TG", "UK", "UA", "UP", "WB");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StateLookup = States.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.InVehicleRegistration,
        DigitHint = new DigitHint(4, 11),
        Patterns =
        [
            new RegexPattern("in vehicle (medium)", CurrentRegex(), 0.5),
            new RegexPattern("in vehicle three letters (weak)", ThreeLetterRegex(), 0.2),
            new RegexPattern("in vehicle short (very weak)", ShortRegex(), 0.01),
        ],
        Validator = Validate,
        Validation = "state code",
        ContextWords = ["vehicle", "registration", "registration number", "number plate", "rc", "car", "bike", "rto", "gaadi"],
        Triggers = CountryTriggers.Digits,
        Country = "IN",
        EnabledByDefault = false,
    });

    /// <summary>
    /// For the current format: invalid with an unknown state code; valid with a district code 01–98; undecided for 00 or
    /// 99. Short formats: undecided.
    /// </summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length < 8 || !char.IsAsciiDigit(candidate[2]))
        {
            return ValidationOutcome.Undecided;
        }

        if (!StateLookup.Contains(candidate[..2]))
        {
            return ValidationOutcome.Invalid;
        }

        var district = char.IsAsciiDigit(candidate[3]) ? DateParts.Number(candidate.Slice(2, 2)) : candidate[2] - '0';
        return district is >= 1 and <= 98 ? ValidationOutcome.Valid : ValidationOutcome.Undecided;
    }

    [GeneratedRegex(@"\b[A-Z]{2}[0-9]{1,2}[A-Z]{1,3}[0-9]{4}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CurrentRegex();

    [GeneratedRegex(@"\b[A-Z]{3}[0-9]{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThreeLetterRegex();

    [GeneratedRegex(@"\b(?:[A-Z]{2}[0-9]{4}|[A-Z][0-9]{5})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShortRegex();
}
