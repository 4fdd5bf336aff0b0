namespace Anonymizer.Validation;

/// <summary>The Luhn (mod 10) check used by payment cards, NPI, Canadian SIN, SIREN/SIRET and others.</summary>
public static class Luhn
{
    /// <summary>Whether the digit values in <paramref name="digits"/> (0–9 each, check digit last) pass the Luhn check.</summary>
    public static bool IsValid(ReadOnlySpan<byte> digits) => digits.Length >= 2 && Sum(digits, doubleLast: false) % 10 == 0;

    /// <summary>
    /// Whether the digits of <paramref name="text"/> (separators space, dash, dot and slash ignored) pass the Luhn check.
    /// False when another character occurs or there are more than 64 digits.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<byte> digits = stackalloc byte[64];
        var count = Digits.Extract(text, digits);
        return count >= 2 && IsValid(digits[..count]);
    }

    /// <summary>The check digit that makes <paramref name="payload"/> followed by it pass the Luhn check.</summary>
    public static byte ComputeCheckDigit(ReadOnlySpan<byte> payload) => (byte)((10 - (Sum(payload, doubleLast: true) % 10)) % 10);

    /// <summary>The Luhn sum, doubling every second digit from the right (starting with the last when <paramref name="doubleLast"/>).</summary>
    private static int Sum(ReadOnlySpan<byte> digits, bool doubleLast)
    {
        var sum = 0;
        var doubleIt = doubleLast;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i];
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum;
    }
}
