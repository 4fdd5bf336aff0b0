using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.IN;

/// <summary>
/// IN_AADHAAR: twelve digits, first 2–9, optionally grouped 4-4-4 by one consistent space, dash or colon, with a
/// Verhoeff check digit; palindromes are rejected.
/// </summary>
public static partial class InAadhaarRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "InAadhaarRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.InAadhaar,
        DigitHint = new DigitHint(12, 14),
        Patterns = [new RegexPattern("aadhaar (very weak)", AadhaarRegex(), 0.01)],
        Validator = Validate,
        Validation = "Verhoeff, no palindrome",
        ContextWords = ["aadhaar", "aadhar", "uidai", "uid", "आधार", "aadhaar number", "unique identification"],
        Triggers = CountryTriggers.Digits,
        Country = "IN",
    });

    /// <summary>Valid when the twelve digits start 2–9, are no palindrome and pass Verhoeff; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        Span<byte> d = stackalloc byte[12];
        var count = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 12)
                {
                    return ValidationOutcome.Invalid;
                }

                d[count++] = (byte)(c - '0');
            }
            else if (c is not (' ' or '-' or ':'))
            {
                return ValidationOutcome.Invalid;
            }
        }

        if (count != 12 || d[0] < 2 || IsPalindrome(d))
        {
            return ValidationOutcome.Invalid;
        }

        return Verhoeff.IsValid(d) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    private static bool IsPalindrome(ReadOnlySpan<byte> d)
    {
        for (int i = 0, j = d.Length - 1; i < j; i++, j--)
        {
            if (d[i] != d[j])
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"(?<![\w@=:-]|[0-9][./])[2-9][0-9]{3}([ :-]?)[0-9]{4}\1[0-9]{4}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex AadhaarRegex();
}
