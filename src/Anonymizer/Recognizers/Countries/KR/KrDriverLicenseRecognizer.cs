using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.KR;

/// <summary>
/// KR_DRIVER_LICENSE: driver's licence number (운전면허번호), RR-YY-NNNNNN-CC where RR is a licensing region 11–28.
/// </summary>
public static partial class KrDriverLicenseRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "KrDriverLicenseRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.KrDriverLicense,
        DigitHint = new DigitHint(12, 15),
        Patterns = [new RegexPattern("kr driver license (weak)", LicenseRegex(), 0.3)],
        Validator = Validate,
        Validation = "region code 11–28",
        ContextWords = ["운전면허번호", "운전면허", "면허번호", "driver license", "driver's license", "driving licence", "license number"],
        Triggers = CountryTriggers.Digits,
        Country = "KR",
    });

    /// <summary>Valid when the region code is 11–26 or 28; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        var region = DateParts.Number(candidate[..2]);
        return region is (>= 11 and <= 26) or 28 ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![0-9@=]|[0-9][.:/-])[0-9]{2}([ -]?)[0-9]{2}\1[0-9]{6}\1[0-9]{2}(?![0-9@]|[.:/-][0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex LicenseRegex();
}
