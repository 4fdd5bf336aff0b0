using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.IN;

/// <summary>
/// IN_GSTIN: Goods and Services Tax Identification Number, fifteen characters: state code 01–37, the holder's PAN
/// (five letters, four digits, a letter), an entity number, <c>Z</c> and a check character.
/// </summary>
public static partial class InGstinRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "InGstinRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.InGstin,
        DigitHint = new DigitHint(6, 15),
        Patterns = [new RegexPattern("gstin (medium)", GstinRegex(), 0.5)],
        Validator = Validate,
        Validation = "state code 01–37 + PAN structure",
        ContextWords = ["gstin", "gst", "gst number", "gst registration", "goods and services tax", "tax identification", "जीएसटी"],
        Triggers = CountryTriggers.Digits,
        Country = "IN",
    });

    /// <summary>
    /// Valid when the structure holds: state code 01–37, a PAN-shaped middle, entity number 1–9 or A–Z and <c>Z</c> in
    /// position 14; invalid otherwise. (As in Presidio, the check character is not verified: published sample numbers do
    /// not follow it.)
    /// </summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != 15)
        {
            return ValidationOutcome.Invalid;
        }

        var state = DateParts.Number(candidate[..2]);
        if (state is < 1 or > 37 || char.ToUpperInvariant(candidate[13]) != 'Z' || !char.IsAsciiLetterOrDigit(candidate[14]))
        {
            return ValidationOutcome.Invalid;
        }

        for (var i = 2; i < 12; i++)
        {
            var letter = i < 7 || i == 11;
            if (letter ? !char.IsAsciiLetter(candidate[i]) : !char.IsAsciiDigit(candidate[i]))
            {
                return ValidationOutcome.Invalid;
            }
        }

        return candidate[12] != '0' && char.IsAsciiLetterOrDigit(candidate[12]) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(
        @"(?<![\w@=]|[0-9][.:/-])[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][Z][0-9A-Z](?![\w@]|[.:/-]\w)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GstinRegex();
}
