using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.UK;

/// <summary>
/// UK_NINO: National Insurance number, two prefix letters (D, F, I, Q, U, V never; O never second; BG, GB, KN, NK, NT,
/// TN, ZZ never allocated), six digits in optional pairs, suffix A–D.
/// </summary>
public static partial class UkNinoRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UkNinoRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UkNino,
        Patterns =
        [
            new RegexPattern("nino (medium)", NinoRegex(), 0.5, new PatternAnchor(Digits, IsPrefixChar, 3, AnchoredNinoRegex())
            {
                MinPrefixLength = 2,
                Precheck = IsFirstDigit,
            }),
        ],
        Validator = Validate,
        Validation = "prefix never allocated (rejects only)",
        ContextWords = ["national insurance", "ni number", "nino", "insurance number", "national insurance number", "ni no"],
        Country = "UK",
    });

    /// <summary>Invalid when the prefix is one never allocated (BG, GB, KN, NK, NT, TN, ZZ); otherwise undecided.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length < 2)
        {
            return ValidationOutcome.Invalid;
        }

        var prefix = (char.ToUpperInvariant(candidate[0]), char.ToUpperInvariant(candidate[1]));
        return prefix is ('B', 'G') or ('G', 'B') or ('K', 'N') or ('N', 'K') or ('N', 'T') or ('T', 'N') or ('Z', 'Z')
            ? ValidationOutcome.Invalid
            : ValidationOutcome.Undecided;
    }

    private const string NinoPattern = @"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b";

    [GeneratedRegex(NinoPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NinoRegex();

    [GeneratedRegex(@"\G" + NinoPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnchoredNinoRegex();

    // Anchor: the first of the six digits, after the two prefix letters (letters case-insensitively, the Kelvin sign for
    // K) and an optional space; the digit after it is the second of the first pair.
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static bool IsPrefixChar(char c) => char.IsAsciiLetter(c) || c is ' ' or '\u212A';

    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || c == '\u212A';

    private static bool IsFirstDigit(ReadOnlySpan<char> text, int digit)
    {
        if (digit + 1 >= text.Length || !char.IsAsciiDigit(text[digit + 1]) || digit < 2)
        {
            return false;
        }

        var second = text[digit - 1] == ' ' ? digit - 2 : digit - 1;
        return second >= 1 && IsLetter(text[second]) && IsLetter(text[second - 1]) && HasRestOfNumber(text, digit + 2);
    }

    // After the first pair of digits: " ?[0-9]{2} ?[0-9]{2} ?[A-D]", as the pattern has it.
    private static bool HasRestOfNumber(ReadOnlySpan<char> text, int at)
    {
        for (var pair = 0; pair < 2; pair++)
        {
            at = SkipOptionalSpace(text, at);
            if (at + 1 >= text.Length || !char.IsAsciiDigit(text[at]) || !char.IsAsciiDigit(text[at + 1]))
            {
                return false;
            }

            at += 2;
        }

        at = SkipOptionalSpace(text, at);
        return at < text.Length && text[at] is >= 'A' and <= 'D' or >= 'a' and <= 'd';
    }

    private static int SkipOptionalSpace(ReadOnlySpan<char> text, int at) => at < text.Length && text[at] == ' ' ? at + 1 : at;
}
