using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>DE_PLZ: Postleitzahl, five digits in the allocated range 01001–99998.</summary>
public static partial class DePlzRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DePlzRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DePlz,
        DigitHint = new DigitHint(5, 5),
        Patterns = [new RegexPattern("plz (weak)", PlzRegex(), 0.1)],
        Validator = Validate,
        Validation = "range 01001–99998 (rejects only)",
        ContextWords = ["plz", "postleitzahl", "postzahl", "anschrift", "adresse", "wohnort", "postal code", "zip code", "zip", "postcode"],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
        EnabledByDefault = false,
    });

    /// <summary>Invalid outside 01001–99998; otherwise undecided.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        var n = DateParts.Number(candidate);
        return n is >= 1001 and <= 99998 ? ValidationOutcome.Undecided : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w.,/@=-]|[0-9]:)[0-9]{5}(?![\w@]|[.,:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PlzRegex();
}
