using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.ES;

/// <summary>
/// ES_NIE: Número de Identidad de Extranjero, X, Y or Z (read as 0, 1, 2), seven digits and the mod-23 control letter.
/// </summary>
public static partial class EsNieRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "EsNieRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.EsNie,
        DigitHint = new DigitHint(7, 11),
        Patterns = [new RegexPattern("nie (medium)", NieRegex(), 0.5)],
        Validator = Validate,
        Validation = "mod-23 control letter",
        ContextWords = ["nie", "número de identidad de extranjero", "identidad de extranjero", "extranjero", "tarjeta de residencia", "foreigner id"],
        Triggers = CountryTriggers.Digits,
        Country = "ES",
    });

    /// <summary>Valid when the letter is the mod-23 control letter of the prefix value and the digits; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length < 9)
        {
            return ValidationOutcome.Invalid;
        }

        var prefix = char.ToUpperInvariant(candidate[0]) switch { 'X' => 0, 'Y' => 1, 'Z' => 2, _ => -1 };
        var digits = candidate[1] == '-' ? candidate.Slice(2, 7) : candidate.Slice(1, 7);
        var n = DateParts.Number(digits);
        if (prefix < 0 || n < 0)
        {
            return ValidationOutcome.Invalid;
        }

        return Mod23Letter.IsValid((prefix * 10_000_000) + n, candidate[^1]) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w@=-]|[0-9][.:/])[XYZxyz]-?[0-9]{7}-?[A-Za-z](?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex NieRegex();
}
