using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>
/// US_PASSPORT: nine digits (older books) or a letter and eight digits (next-generation books). Very weak patterns: off
/// by default, run when US_PASSPORT is named; context words such as "passport" raise the score.
/// </summary>
public static partial class UsPassportRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UsPassportRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UsPassport,
        DigitHint = new DigitHint(8, 9),
        Patterns =
        [
            new RegexPattern("Passport (very weak)", Digits9(), 0.05),
            new RegexPattern("Passport Next Generation (very weak)", NextGeneration(), 0.1),
        ],
        ContextWords = ["us", "united", "states", "passport", "passport#", "travel", "document"],
        Triggers = SearchValues.Create("0123456789"),
        EnabledByDefault = false,
        Country = "US",
    });

    [GeneratedRegex(@"(?<![\w.-])\d{9}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Digits9();

    [GeneratedRegex(@"(?<![\w.-])[A-Z]\d{8}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NextGeneration();
}
