using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.TR;

/// <summary>
/// TR_NATIONAL_ID: T.C. Kimlik Numarası, eleven digits, first never 0, two check digits: the tenth is (7 × odd-position
/// sum − even-position sum) mod 10, the eleventh the sum of the first ten mod 10.
/// </summary>
public static partial class TrNationalIdRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "TrNationalIdRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.TrNationalId,
        DigitHint = new DigitHint(11, 11),
        Patterns = [new RegexPattern("tckn (medium)", TcknRegex(), 0.5)],
        Validator = Validate,
        Validation = "two check digits",
        ContextWords = ["tc kimlik", "t.c. kimlik", "kimlik no", "kimlik numarası", "tckn", "tc no", "türk kimlik", "turkish id", "national id"],
        Triggers = CountryTriggers.Digits,
        Country = "TR",
    });

    /// <summary>Valid when both check digits hold; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[11];
        if (candidate.Length != 11 || Digits.Extract(candidate, d) != 11 || d[0] == 0)
        {
            return ValidationOutcome.Invalid;
        }

        var odd = d[0] + d[2] + d[4] + d[6] + d[8];
        var even = d[1] + d[3] + d[5] + d[7];
        var tenth = (((odd * 7) - even) % 10 + 10) % 10;
        var eleventh = (odd + even + d[9]) % 10;
        return tenth == d[9] && eleventh == d[10] ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w@=]|[0-9][.:/-])[1-9][0-9]{10}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex TcknRegex();
}
