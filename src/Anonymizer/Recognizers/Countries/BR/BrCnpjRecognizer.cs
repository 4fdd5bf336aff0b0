using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.BR;

/// <summary>
/// BR_CNPJ: Cadastro Nacional da Pessoa Jurídica, fourteen digits (00.000.000/0000-00 or plain) with two mod-11 check
/// digits.
/// </summary>
public static partial class BrCnpjRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "BrCnpjRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.BrCnpj,
        DigitHint = new DigitHint(14, 18),
        Patterns =
        [
            new RegexPattern("cnpj formatted (medium)", FormattedRegex(), 0.5),
            new RegexPattern("cnpj plain (weak)", PlainRegex(), 0.2),
        ],
        Validator = Validate,
        Validation = "two mod-11 check digits",
        ContextWords = ["cnpj", "cadastro nacional da pessoa jurídica", "pessoa jurídica", "empresa", "razão social", "company tax id"],
        Triggers = CountryTriggers.Digits,
        Country = "BR",
    });

    /// <summary>Valid when both check digits match and the digits are not all the same; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[14];
        if (Digits.Extract(candidate, d) != 14 || Digits.AllSame(d))
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> first = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        ReadOnlySpan<int> second = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        return Mod11.ElevenMinusRemainderOrZero(d, first) == d[12] && Mod11.ElevenMinusRemainderOrZero(d, second) == d[13]
            ? ValidationOutcome.Valid
            : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![\w./@=-]|[0-9]:)[0-9]{2}\.[0-9]{3}\.[0-9]{3}/[0-9]{4}-[0-9]{2}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex FormattedRegex();

    [GeneratedRegex(@"(?<![\w./@=-]|[0-9]:)[0-9]{14}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainRegex();
}
