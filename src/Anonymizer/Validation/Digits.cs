namespace Anonymizer.Validation;

/// <summary>Span helpers for checksum validators: extract the digits of a candidate without allocating.</summary>
public static class Digits
{
    /// <summary>
    /// Copies the ASCII digits of <paramref name="text"/> into <paramref name="destination"/>, skipping spaces, dashes,
    /// dots and slashes. Returns the number of digits, or -1 when another character occurs or the destination is too short.
    /// </summary>
    public static int Extract(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == destination.Length)
                {
                    return -1;
                }

                destination[count++] = (byte)(c - '0');
            }
            else if (c is not (' ' or '-' or '.' or '/' or '\u00A0'))
            {
                return -1;
            }
        }

        return count;
    }

    /// <summary>Whether every digit in <paramref name="digits"/> is the same (a common placeholder such as 000000000).</summary>
    public static bool AllSame(ReadOnlySpan<byte> digits)
    {
        for (var i = 1; i < digits.Length; i++)
        {
            if (digits[i] != digits[0])
            {
                return false;
            }
        }

        return digits.Length > 0;
    }
}
