namespace Anonymizer.Validation;

/// <summary>Structure rules of US Social Security Numbers (the SSA never issues numbers that break them).</summary>
public static class UsSocialSecurityNumber
{
    /// <summary>
    /// Whether <paramref name="text"/> (9 digits, optionally split 3-2-4, 5-4 or 3-6 by one kind of separator) could be
    /// an issued SSN: false for area 000, 666 or 900–999, group 00, serial 0000, mixed separators, all-same digits and
    /// the numbers printed in advertisements and pamphlets (078-05-1120, 219-09-9999, 123-45-6789).
    /// </summary>
    public static bool IsPlausible(ReadOnlySpan<char> text)
    {
        var separator = '\0';
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                continue;
            }

            if (separator == '\0')
            {
                separator = c;
            }
            else if (c != separator)
            {
                return false;
            }
        }

        Span<byte> d = stackalloc byte[9];
        if (Digits.Extract(text, d) != 9 || Digits.AllSame(d))
        {
            return false;
        }

        var area = (d[0] * 100) + (d[1] * 10) + d[2];
        var group = (d[3] * 10) + d[4];
        var serial = (d[5] * 1000) + (d[6] * 100) + (d[7] * 10) + d[8];
        if (area is 0 or 666 or >= 900 || group == 0 || serial == 0)
        {
            return false;
        }

        return !(Is(d, "078051120") || Is(d, "219099999") || Is(d, "123456789"));
    }

    private static bool Is(ReadOnlySpan<byte> digits, string known)
    {
        for (var i = 0; i < digits.Length; i++)
        {
            if (digits[i] != known[i] - '0')
            {
                return false;
            }
        }

        return true;
    }
}
