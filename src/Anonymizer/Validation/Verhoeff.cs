namespace Anonymizer.Validation;

/// <summary>The Verhoeff dihedral-group check digit (Indian Aadhaar, Nigerian NIN), which catches all single-digit errors and adjacent transpositions.</summary>
public static class Verhoeff
{
    private static ReadOnlySpan<byte> Multiplication =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        1, 2, 3, 4, 0, 6, 7, 8, 9, 5,
        2, 3, 4, 0, 1, 7, 8, 9, 5, 6,
        3, 4, 0, 1, 2, 8, 9, 5, 6, 7,
        4, 0, 1, 2, 3, 9, 5, 6, 7, 8,
        5, 9, 8, 7, 6, 0, 4, 3, 2, 1,
        6, 5, 9, 8, 7, 1, 0, 4, 3, 2,
        7, 6, 5, 9, 8, 2, 1, 0, 4, 3,
        8, 7, 6, 5, 9, 3, 2, 1, 0, 4,
        9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
    ];

    private static ReadOnlySpan<byte> Permutation =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        1, 5, 7, 6, 2, 8, 3, 0, 9, 4,
        5, 8, 0, 3, 7, 9, 6, 1, 4, 2,
        8, 9, 1, 6, 0, 4, 3, 5, 2, 7,
        9, 4, 5, 3, 1, 2, 6, 8, 7, 0,
        4, 2, 8, 6, 5, 7, 3, 9, 0, 1,
        2, 7, 9, 3, 8, 0, 6, 4, 1, 5,
        7, 0, 4, 6, 9, 1, 3, 2, 5, 8,
    ];

    private static ReadOnlySpan<byte> Inverse => [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

    /// <summary>Whether <paramref name="digits"/> (check digit last) pass the Verhoeff check.</summary>
    public static bool IsValid(ReadOnlySpan<byte> digits)
    {
        if (digits.Length < 2)
        {
            return false;
        }

        var c = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            int d = digits[digits.Length - 1 - i];
            c = Multiplication[(c * 10) + Permutation[((i % 8) * 10) + d]];
        }

        return c == 0;
    }

    /// <summary>The check digit to append to <paramref name="payload"/>.</summary>
    public static byte ComputeCheckDigit(ReadOnlySpan<byte> payload)
    {
        var c = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            int d = payload[payload.Length - 1 - i];
            c = Multiplication[(c * 10) + Permutation[(((i + 1) % 8) * 10) + d]];
        }

        return Inverse[c];
    }
}
