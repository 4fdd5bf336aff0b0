namespace Anonymizer.Validation;

/// <summary>The modulus-89 check of the Australian Business Number (ABN).</summary>
public static class Mod89
{
    /// <summary>
    /// Whether 11 ABN digits pass: subtract 1 from the first digit, weight the digits 10, 1, 3, 5, …, 19, and the sum
    /// must be divisible by 89.
    /// </summary>
    public static bool IsValidAbn(ReadOnlySpan<byte> digits)
    {
        if (digits.Length != 11)
        {
            return false;
        }

        ReadOnlySpan<int> weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
        return (WeightedSum.Compute(digits, weights) - 10) % 89 == 0;
    }
}
