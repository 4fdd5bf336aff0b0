using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.SG;

/// <summary>
/// SG_NRIC_FIN: National Registration Identity Card or Foreign Identification Number, a prefix (S, T citizens; F, G,
/// M foreigners), seven digits and a check letter. Other prefixes match as a weak pattern.
/// </summary>
public static partial class SgNricFinRecognizer
{
    /// <summary>The recognizer name (Presidio's).</summary>
    public const string Name = "SgFinRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.SgNricFin,
        DigitHint = new DigitHint(7, 9),
        Patterns =
        [
            new RegexPattern("nric (medium)", NricRegex(), 0.5),
            new RegexPattern("nric (weak)", WeakRegex(), 0.3),
        ],
        Validator = Validate,
        Validation = "weighted mod-11 check letter (raises only)",
        ContextWords = ["fin", "fin#", "nric", "nric#", "ic", "identity card", "singpass", "foreign identification number"],
        Country = "SG",
    });

    /// <summary>Valid when an S/T/F/G/M number carries its check letter; otherwise undecided (the pattern score stands).</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != 9)
        {
            return ValidationOutcome.Invalid;
        }

        var prefix = char.ToUpperInvariant(candidate[0]);
        ReadOnlySpan<int> weights = [2, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (candidate[i + 1] - '0') * weights[i];
        }

        sum += prefix switch { 'T' or 'G' => 4, 'M' => 3, _ => 0 };
        var table = prefix switch
        {
            'S' or 'T' => "JZIHGFEDCBA",
            'F' or 'G' => "XWUTRQPNMLK",
            'M' => "XWUTRQPNJLK",
            _ => null,
        };
        return table is not null && table[sum % 11] == char.ToUpperInvariant(candidate[8]) ? ValidationOutcome.Valid : ValidationOutcome.Undecided;
    }

    [GeneratedRegex(@"\b[STFGM][0-9]{7}[A-Z]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NricRegex();

    [GeneratedRegex(@"\b[A-EH-LN-RU-Z][0-9]{7}[A-Z]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeakRegex();
}
