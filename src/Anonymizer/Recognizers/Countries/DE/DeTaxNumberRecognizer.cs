using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_TAX_NUMBER: Steuernummer, either in a state's slash notation (e.g. 123/456/78901, 12/345/6789, 123/3456/7890) or
/// in the 13-digit federal form whose first two digits are the state code 01–16.
/// </summary>
public static partial class DeTaxNumberRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeTaxNumberRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeTaxNumber,
        DigitHint = new DigitHint(9, 15),
        Patterns =
        [
            new RegexPattern("steuernummer federal (weak)", FederalRegex(), 0.2),
            new RegexPattern("steuernummer state (weak)", StateRegex(), 0.3),
        ],
        Validator = Validate,
        Validation = "state code 01–16 (rejects only)",
        ContextWords = ["steuernummer", "st-nr", "st.-nr", "stnr", "steuer-nr", "finanzamt", "tax number", "tax no"],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
        EnabledByDefault = false,
    });

    /// <summary>The 13-digit federal form is invalid unless its state code is 01–16; the slash forms are undecided.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length == 13 && candidate.IndexOf('/') < 0)
        {
            var state = DateParts.Number(candidate[..2]);
            return state is >= 1 and <= 16 ? ValidationOutcome.Undecided : ValidationOutcome.Invalid;
        }

        return ValidationOutcome.Undecided;
    }

    [GeneratedRegex(@"(?<![\w/])[0-9]{13}(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex FederalRegex();

    [GeneratedRegex(@"(?<![\w/])[0-9]{2,3}/[0-9]{3,4}/[0-9]{4,5}(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex StateRegex();
}
