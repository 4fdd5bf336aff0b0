using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.UK;

/// <summary>
/// UK_DRIVING_LICENCE: the 16-character DVLA number: five surname characters (padded with 9), the date of birth
/// encoded as decade, month (+50 for women), day and year digit, two initials (padded with 9), a digit and two check
/// characters. The encoded month and day are checked.
/// </summary>
public static partial class UkDrivingLicenceRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UkDrivingLicenceRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UkDrivingLicence,
        DigitHint = new DigitHint(7, 16),
        Patterns = [new RegexPattern("uk driving licence (weak)", LicenceRegex(), 0.3)],
        Validator = Validate,
        Validation = "encoded birth month and day",
        ContextWords = ["driving licence", "driving license", "driver licence", "licence number", "dvla", "licence", "license"],
        Country = "UK",
    });

    /// <summary>
    /// Invalid when the surname padding is wrong or the encoded month (01–12, or 51–62 for women) or day (01–31) is
    /// impossible; otherwise undecided (the
    /// check characters are not public).
    /// </summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != 16)
        {
            return ValidationOutcome.Invalid;
        }

        // Surname: letters, then only 9s as padding (MORGA, SMIT9, FO999; never MO9G9).
        var padding = candidate[..5].IndexOf('9');
        if (padding >= 0 && candidate[padding..5].IndexOfAnyExcept('9') >= 0)
        {
            return ValidationOutcome.Invalid;
        }

        var month = DateParts.Number(candidate.Slice(6, 2));
        var day = DateParts.Number(candidate.Slice(8, 2));
        if (month > 50)
        {
            month -= 50;
        }

        return month is >= 1 and <= 12 && day is >= 1 and <= 31 ? ValidationOutcome.Undecided : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(
        @"\b[A-Z][A-Z9]{4}[0-9][0-6][0-9][0-3][0-9]{2}[A-Z][A-Z9][0-9][A-Z0-9]{2}\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LicenceRegex();
}
