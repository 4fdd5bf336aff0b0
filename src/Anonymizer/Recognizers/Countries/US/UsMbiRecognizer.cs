using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>
/// US_MBI: Medicare Beneficiary Identifiers, 11 characters by CMS's position rules (digit 1–9, letter, letter or digit,
/// digit, letter, letter or digit, digit, letter, letter, digit, digit; the letters S, L, O, I, B and Z never occur),
/// written with dashes after the 4th and 7th character (medium) or bare (weak). Case-insensitive.
/// </summary>
public static partial class UsMbiRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UsMbiRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UsMbi,
        DigitHint = new DigitHint(5, 13),
        Patterns =
        [
            new RegexPattern("MBI (medium)", Dashed(), 0.5, new PatternAnchor("-", IsPrefixChar, 4, AnchoredDashed())
            {
                MinPrefixLength = 4,
                Precheck = static (text, dash) => dash >= 4 && dash + 4 < text.Length && text[dash + 4] == '-' && text[dash - 4] is >= '1' and <= '9',
            }),
            new RegexPattern("MBI (weak)", Bare(), 0.3),
        ],
        ContextWords = ["medicare", "mbi", "beneficiary", "cms", "medicaid", "hic", "hicn", "medicare id"],
        Triggers = SearchValues.Create("123456789"),
        Country = "US",
    });

    // A letter CMS uses in MBIs: A–Z without S, L, O, I, B, Z.
    private const string L = "[ac-hjkmnp-rt-y]";
    private const string LD = "[0-9ac-hjkmnp-rt-y]";

    private const string DashedPattern = @"(?<![\w.-])[1-9]" + L + LD + @"\d-" + L + LD + @"\d-" + L + L + @"\d\d(?![\w-]|\.\d)";

    [GeneratedRegex(DashedPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Dashed();

    [GeneratedRegex(@"\G" + DashedPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnchoredDashed();

    // Anchor of the dashed form: its first dash, after four characters (a digit 1-9, a letter, a letter or digit, a
    // digit; letters case-insensitively, the Kelvin sign for k), with the second dash four characters later.
    private static bool IsPrefixChar(char c) => char.IsAsciiLetter(c) || char.IsDigit(c) || c == '\u212A';

    [GeneratedRegex(@"(?<![\w.-])[1-9]" + L + LD + @"\d" + L + LD + @"\d" + L + L + @"\d\d(?![\w-]|\.\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bare();
}
