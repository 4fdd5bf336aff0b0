using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.ES;

/// <summary>ES_NIF: Número de Identificación Fiscal / DNI of a person, seven or eight digits and the mod-23 control letter.</summary>
public static partial class EsNifRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "EsNifRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.EsNif,
        DigitHint = new DigitHint(7, 10),
        Patterns = [new RegexPattern("nif (weak)", NifRegex(), 0.5)],
        Validator = Validate,
        Validation = "mod-23 control letter",
        ContextWords = ["nif", "dni", "documento nacional de identidad", "número de identificación fiscal", "identificación", "tax id", "national id"],
        Triggers = CountryTriggers.Digits,
        Country = "ES",
    });

    /// <summary>Valid when the letter is the mod-23 control letter of the number; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length < 8)
        {
            return ValidationOutcome.Invalid;
        }

        var number = candidate[^2] == '-' ? candidate[..^2] : candidate[..^1];
        var n = DateParts.Number(number);
        return n >= 0 && Mod23Letter.IsValid(n, candidate[^1]) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w@=-]|[0-9][.:/])[0-9]{7,8}-?[A-Za-z](?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex NifRegex();
}
