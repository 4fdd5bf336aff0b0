using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.KR;

/// <summary>The shared check of Korean resident (RRN) and foreigner (FRN) registration numbers: YYMMDD-GNNNNNC.</summary>
internal static class KrResidentNumber
{
    /// <summary>
    /// Invalid when the gender/century digit is not one of <paramref name="allowed"/> or the birth date does not exist;
    /// valid when the check digit (weights 2–9, 2–5 and <paramref name="checkBase"/> − sum mod 11) matches; undecided
    /// otherwise (numbers issued since October 2020 have no check digit).
    /// </summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate, ReadOnlySpan<char> allowed, int checkBase)
    {
        Span<byte> d = stackalloc byte[13];
        if (Digits.Extract(candidate, d) != 13 || allowed.IndexOf((char)('0' + d[6])) < 0)
        {
            return ValidationOutcome.Invalid;
        }

        var century = d[6] is 1 or 2 or 5 or 6 ? 1900 : 2000;
        if (!DateParts.IsValid(century + DateParts.Number(d, 0, 2), DateParts.Number(d, 2, 2), DateParts.Number(d, 4, 2)))
        {
            return ValidationOutcome.Invalid;
        }

        ReadOnlySpan<int> weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        var check = (checkBase - Mod11.Remainder(d, weights)) % 10;
        return check == d[12] ? ValidationOutcome.Valid : ValidationOutcome.Undecided;
    }
}
