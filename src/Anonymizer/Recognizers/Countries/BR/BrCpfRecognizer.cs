using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.BR;

/// <summary>BR_CPF: Cadastro de Pessoas Físicas, eleven digits (000.000.000-00 or plain) with two mod-11 check digits.</summary>
public static partial class BrCpfRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "BrCpfRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.BrCpf,
        DigitHint = new DigitHint(11, 14),
        Patterns =
        [
            new RegexPattern("cpf formatted (medium)", FormattedRegex(), 0.5),
            new RegexPattern("cpf plain (weak)", PlainRegex(), 0.2),
        ],
        Validator = Validate,
        Validation = "two mod-11 check digits",
        ContextWords = ["cpf", "cadastro de pessoas físicas", "cadastro de pessoa física", "cpf/mf", "contribuinte", "taxpayer id", "tax id"],
        Triggers = CountryTriggers.Digits,
        Country = "BR",
    });

    /// <summary>Valid when both check digits match and the digits are not all the same; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[11];
        if (Digits.Extract(candidate, d) != 11 || Digits.AllSame(d))
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> first = [10, 9, 8, 7, 6, 5, 4, 3, 2];
        ReadOnlySpan<int> second = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
        return Mod11.ElevenMinusRemainderOrZero(d, first) == d[9] && Mod11.ElevenMinusRemainderOrZero(d, second) == d[10]
            ? ValidationOutcome.Valid
            : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w.@=-]|[0-9][:/])[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex FormattedRegex();

    [GeneratedRegex(@"(?<![\w.@=-]|[0-9][:/])[0-9]{11}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainRegex();
}
