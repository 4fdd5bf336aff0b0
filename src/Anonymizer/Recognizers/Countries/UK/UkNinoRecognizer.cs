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
        Patterns = [new RegexPattern("nino (medium)", NinoRegex(), 0.5)],
        ContextWords = ["national insurance", "ni number", "nino", "insurance number", "national insurance number", "ni no"],
        Country = "UK",
    });

    [GeneratedRegex(
        @"(?<![A-Za-z0-9])(?!(?:BG|GB|KN|NK|NT|TN|ZZ))[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![A-Za-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        RegexTimeouts.Milliseconds)]
    private static partial Regex NinoRegex();
}
