namespace Anonymizer.Validation;

/// <summary>Weighted digit sums, the core of most national-ID check digits (mod 10, mod 11, mod 89 …).</summary>
public static class WeightedSum
{
    /// <summary>
    /// Sum of <c>digits[i] * weights[i]</c> over the first <c>weights.Length</c> digits (or fewer when
    /// <paramref name="digits"/> is shorter).
    /// </summary>
    public static int Compute(ReadOnlySpan<byte> digits, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        var n = Math.Min(digits.Length, weights.Length);
        for (var i = 0; i < n; i++)
        {
            sum += digits[i] * weights[i];
        }

        return sum;
    }

    /// <summary>The non-negative remainder of the weighted sum modulo <paramref name="modulus"/>.</summary>
    public static int Remainder(ReadOnlySpan<byte> digits, ReadOnlySpan<int> weights, int modulus)
    {
        var r = Compute(digits, weights) % modulus;
        return r < 0 ? r + modulus : r;
    }
}
