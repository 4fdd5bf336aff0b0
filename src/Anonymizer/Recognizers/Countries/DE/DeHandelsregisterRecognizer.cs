using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_HANDELSREGISTER: a commercial register number, the register (HRA, HRB, GnR, PR, VR, GsR) and up to six digits.
/// </summary>
public static partial class DeHandelsregisterRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DeHandelsregisterRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DeHandelsregister,
        Patterns =
        [
            new RegexPattern("handelsregister (medium)", RegisterRegex(), 0.5, new PatternAnchor(Registers, static _ => false, 0, AnchoredRegisterRegex())
            {
                Precheck = IsRegisterWord,
            }),
        ],
        ContextWords = ["handelsregister", "handelsregisternummer", "registergericht", "amtsgericht", "registernummer", "commercial register", "company register"],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
    });

    private const string RegisterPattern = @"\b(?:HRA|HRB|GnR|PR|VR|GsR) ?[1-9][0-9]{0,5}\b";

    [GeneratedRegex(RegisterPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RegisterRegex();

    [GeneratedRegex(@"\G" + RegisterPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnchoredRegisterRegex();

    // Anchor: the register's name, which starts every match; "pr" is common in running text, so the precheck wants a word
    // of its own followed by an optional space and a digit 1-9.
    private static readonly SearchValues<string> Registers = SearchValues.Create(["hra", "hrb", "gnr", "pr", "vr", "gsr"], StringComparison.OrdinalIgnoreCase);

    private static bool IsRegisterWord(ReadOnlySpan<char> text, int start)
    {
        if (start > 0 && RegexChars.IsWordChar(text[start - 1]))
        {
            return false;
        }

        var length = char.IsAsciiLetter(text[start]) && start + 2 < text.Length && char.IsAsciiLetter(text[start + 2]) ? 3 : 2;
        var next = start + length;
        if (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && text[next] is >= '1' and <= '9';
    }
}
