using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>
/// US_DRIVER_LICENSE: the state formats (a letter and 3–14 digits, two letters and digits, Washington's 12-character
/// form, digits followed by letters, …) as weak patterns, and 6–14 or 16 bare digits as a very weak one. Off by
/// default, run when US_DRIVER_LICENSE is named; context words such as "driver" or "license" raise the score.
/// </summary>
public static partial class UsLicenseRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UsLicenseRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UsDriverLicense,
        Patterns =
        [
            new RegexPattern("Driver License - WA (weak)", Washington(), 0.4),
            new RegexPattern("Driver License - Alphanumeric (weak)", Alphanumeric(), 0.3),
            new RegexPattern("Driver License - Digits (very weak)", DigitsOnly(), 0.01),
        ],
        ContextWords = ["driver", "license", "licence", "permit", "lic", "identification", "dls", "cdls", "lic#", "driving"],
        Triggers = SearchValues.Create("0123456789*"),
        EnabledByDefault = false,
        Country = "US",
    });

    [GeneratedRegex(@"(?<![\w*.-])[A-Z](?=[A-Z*]{0,10}[0-9*])[A-Z0-9*]{11}(?![\w*-])", RegexOptions.CultureInvariant)]
    private static partial Regex Washington();

    [GeneratedRegex(
        @"(?<![\w*.-])(?:[A-Z]\d{3,14}|[A-Z]\d{18}|[A-Z]\d{6}R|[A-Z]{2}\d{2,7}|\d{2}[A-Z]{3}\d{5,6}|\d{9}[A-Z]|[A-Z]{2}\d{6}[A-Z]|\d{8}[A-Z]{2}|\d{3}[A-Z]{2}\d{4}|[A-Z]\d[A-Z]\d[A-Z]|\d{7,8}[A-Z])(?![\w*-]|\.\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Alphanumeric();

    [GeneratedRegex(@"(?<![\w.-])(?:\d{6,14}|\d{16})(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DigitsOnly();
}
