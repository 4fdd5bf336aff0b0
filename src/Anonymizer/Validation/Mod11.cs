namespace Anonymizer.Validation;

/// <summary>
/// Weighted modulus-11 check digits (NHS, Dutch 11-test, Brazilian CPF/CNPJ, Japanese My Number, Thai ID, Korean
/// RRN, …): the schemes differ only in weights and in how the remainder maps to the check digit.
/// </summary>
public static class Mod11
{
    /// <summary>The weighted sum of <paramref name="digits"/> modulo 11 (0–10).</summary>
    public static int Remainder(ReadOnlySpan<byte> digits, ReadOnlySpan<int> weights) => WeightedSum.Remainder(digits, weights, 11);

    /// <summary>
    /// The usual "11 minus remainder" check digit: <c>11 - (sum mod 11)</c>, where 10 and 11 both map to 0 (Brazil's
    /// CPF/CNPJ and Japan's My Number use this form).
    /// </summary>
    public static int ElevenMinusRemainderOrZero(ReadOnlySpan<byte> digits, ReadOnlySpan<int> weights)
    {
        var r = 11 - Remainder(digits, weights);
        return r >= 10 ? 0 : r;
    }

    /// <summary>
    /// Whether the Dutch "elfproef" holds: weights 9, 8, …, 2 on the first eight digits and −1 on the ninth, sum divisible
    /// by 11 (BSN).
    /// </summary>
    public static bool IsValidElevenTest(ReadOnlySpan<byte> nineDigits)
    {
        if (nineDigits.Length != 9)
        {
            return false;
        }

        ReadOnlySpan<int> weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];
        return WeightedSum.Remainder(nineDigits, weights, 11) == 0;
    }
}
