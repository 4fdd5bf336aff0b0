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
        DigitHint = new DigitHint(6, 13),
        Patterns = [new RegexPattern("nino (medium)", NinoRegex(), 0.5)],
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

    [GeneratedRegex(
        @"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NinoRegex();
}
