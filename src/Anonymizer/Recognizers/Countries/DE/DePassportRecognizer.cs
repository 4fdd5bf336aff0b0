using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>
/// DE_PASSPORT: Reisepassnummer, nine characters from the German document alphabet (digits and C F G H J K L M N P R T
/// V W X Y Z; no vowels), a letter first, the ninth an ICAO 9303 check digit.
/// </summary>
public static partial class DePassportRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DePassportRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DePassport,
        Patterns = [new RegexPattern("reisepass (weak)", PassportRegex(), 0.3)],
        Validator = Validate,
        Validation = "ICAO 9303 7-3-1 check digit",
        ContextWords = ["reisepass", "reisepassnummer", "passnummer", "pass-nr", "passnr", "pass", "passport", "passport number"],
        Triggers = CountryTriggers.Digits,
        Country = "DE",
    });

    /// <summary>Valid when the characters are from the document alphabet and the ICAO check digit matches; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate) => DeDocumentNumber.Validate(candidate);

    [GeneratedRegex(
        @"\b[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{7}[0-9]\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PassportRegex();
}

/// <summary>The German passport / identity-card document number check.</summary>
internal static class DeDocumentNumber
{
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != 9 || !char.IsAsciiLetter(candidate[0]))
        {
            return ValidationOutcome.Invalid;
        }

        Span<char> upper = stackalloc char[9];
        for (var i = 0; i < 9; i++)
        {
            var c = char.ToUpperInvariant(candidate[i]);
            if (!char.IsAsciiDigit(c) && "CFGHJKLMNPRTVWXYZ".IndexOf(c) < 0)
            {
                return ValidationOutcome.Invalid;
            }

            upper[i] = c;
        }

        return IcaoCheckDigit.IsValid(upper) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }
}
