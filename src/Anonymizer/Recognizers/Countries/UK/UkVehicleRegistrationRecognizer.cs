using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.UK;

/// <summary>
/// UK_VEHICLE_REGISTRATION: the current format (two area letters, a two-digit age identifier, three letters; e.g.
/// AB51 ABC) validated on its age identifier; the older prefix (A123 BCD) and suffix (ABC 123D) formats as weak patterns.
/// </summary>
public static partial class UkVehicleRegistrationRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UkVehicleRegistrationRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UkVehicleRegistration,
        Patterns =
        [
            new RegexPattern("uk vrm current (medium)", CurrentRegex(), 0.5),
            new RegexPattern("uk vrm prefix (weak)", PrefixRegex(), 0.2),
            new RegexPattern("uk vrm suffix (weak)", SuffixRegex(), 0.15),
        ],
        Validator = Validate,
        Validation = "age identifier (current format)",
        ContextWords = ["registration", "reg", "number plate", "licence plate", "license plate", "vehicle", "car", "vrm", "dvla"],
        Country = "UK",
        EnabledByDefault = false,
    });

    /// <summary>
    /// For the current format: valid when the age identifier is a March (02–29) or September (51–79) code, invalid
    /// otherwise. Older formats: undecided.
    /// </summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length >= 7 && char.IsAsciiLetter(candidate[0]) && char.IsAsciiLetter(candidate[1]) && char.IsAsciiDigit(candidate[2]))
        {
            var age = DateParts.Number(candidate.Slice(2, 2));
            return age is (>= 2 and <= 29) or (>= 51 and <= 79) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
        }

        return ValidationOutcome.Undecided;
    }

    [GeneratedRegex(
        @"(?<![A-Za-z0-9])[A-HJ-PR-Y][A-HJ-PR-Y][0-9]{2}[ -]?[A-HJ-PR-Z]{3}(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CurrentRegex();

    [GeneratedRegex(
        @"(?<![A-Za-z0-9])[A-HJ-NPR-TV-Y][1-9][0-9]{0,2} ?[A-HJ-PR-Y]{3}(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex PrefixRegex();

    [GeneratedRegex(
        @"(?<![A-Za-z0-9])[A-HJ-PR-Y]{3} ?[1-9][0-9]{0,2}[A-HJ-NPR-TV-Y](?![A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex SuffixRegex();
}
