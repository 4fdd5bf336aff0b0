using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_ID_CARD: Personalausweisnummer. The card issued since 2010 uses nine characters from the document alphabet with an
/// ICAO 9303 check digit; the older card a <c>T</c> followed by eight digits (no check digit that can be verified).
/// </summary>
public static partial class DeIdCardRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeIdCardRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeIdCard,
        Patterns = [new RegexPattern("personalausweis (medium)", IdCardRegex(), 0.5)],
        Validator = Validate,
        Validation = "ICAO 9303 7-3-1 check digit",
        ContextWords =
        [
            "personalausweis", "personalausweisnummer", "ausweis", "ausweisnummer", "ausweis-nr", "identitätskarte",
            "id card", "identity card", "id number",
        ],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
    });

    /// <summary>
    /// Old-style <c>T</c> + eight digits: undecided. Otherwise valid when the ICAO check digit matches, invalid when not.
    /// </summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length == 9 && candidate[0] is 'T' or 't' && candidate[1..].IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return ValidationOutcome.Undecided;
        }

        return DeDocumentNumber.Validate(candidate);
    }

    [GeneratedRegex(
        @"\b[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{7}[0-9]\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IdCardRegex();
}
