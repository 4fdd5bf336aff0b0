using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>
/// US_ITIN: Individual Taxpayer Identification Numbers, 9XX-GG-XXXX with group GG in 50–65, 70–88, 90–92 or 94–99.
/// Written 3-2-4 with dashes or spaces (medium), as 9 bare digits (weak), or with one separator only (very weak).
/// </summary>
public static partial class UsItinRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UsItinRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UsItin,
        DigitHint = new DigitHint(9, 11),
        Patterns =
        [
            new RegexPattern("Itin (medium)", Separated(), 0.5),
            new RegexPattern("Itin (weak)", Bare(), 0.3),
            new RegexPattern("Itin (very weak)", OneSeparator(), 0.05),
        ],
        ContextWords = ["individual", "taxpayer", "itin", "tax", "payer", "taxid", "tin"],
        Triggers = SearchValues.Create("9"),
        Country = "US",
    });

    private const string Group = "(?:5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-24-9])";

    [GeneratedRegex(@"(?<![\w.-])9\d{2}(?:-" + Group + @"-| " + Group + @" )\d{4}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Separated();

    [GeneratedRegex(@"(?<![\w.-])9\d{2}" + Group + @"\d{4}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    [GeneratedRegex(@"(?<![\w.-])9\d{2}(?:[- ]" + Group + @"|" + Group + @"[- ])\d{4}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex OneSeparator();
}
