using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.FR;

/// <summary>
/// FR_SIRET: French establishment identifier, the SIREN and a five-digit NIC (fourteen digits, optionally 3-3-3-5),
/// Luhn-checked; La Poste's establishments (SIREN 356000000) use a digit sum divisible by 5 instead.
/// </summary>
public static partial class FrSiretRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "FrSiretRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.FrSiret,
        DigitHint = new DigitHint(14, 17),
        Patterns = [new RegexPattern("siret (weak)", SiretRegex(), 0.3)],
        Validator = Validate,
        Validation = "Luhn (La Poste: digit sum mod 5)",
        ContextWords = ["siret", "numéro siret", "n° siret", "établissement", "etablissement", "entreprise", "establishment number"],
        Triggers = CountryTriggers.Digits,
        Country = "FR",
    });

    /// <summary>Valid when the fourteen digits pass Luhn (or La Poste's rule); invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[14];
        if (Digits.Extract(candidate, d) != 14 || (d[0] == 0 && Digits.AllSame(d)))
        {
            return ValidationOutcome.Invalid;
        }

        if (d[..9].SequenceEqual((ReadOnlySpan<byte>)[3, 5, 6, 0, 0, 0, 0, 0, 0]))
        {
            var sum = 0;
            foreach (var b in d)
            {
                sum += b;
            }

            return sum % 5 == 0 ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
        }

        return Luhn.IsValid((ReadOnlySpan<byte>)d) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(@"(?<![0-9] ?|[\w@=]|[0-9][.:/-])(?:[0-9]{14}|[0-9]{3} [0-9]{3} [0-9]{3} [0-9]{5})(?! ?[0-9]|[\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex SiretRegex();
}
