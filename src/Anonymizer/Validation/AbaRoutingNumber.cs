namespace Anonymizer.Validation;

/// <summary>ABA routing transit numbers: a Federal Reserve prefix and the 3-7-1 weighted checksum.</summary>
public static class AbaRoutingNumber
{
    /// <summary>
    /// Whether <paramref name="text"/> (9 digits, separators ignored) is a valid routing number: its first two digits
    /// are 00–12 (banks), 21–32 (thrifts), 61–72 (electronic) or 80 (traveller's cheques), it is not one digit repeated,
    /// and 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<byte> d = stackalloc byte[9];
        return Digits.Extract(text, d) == 9 && IsValid(d);
    }

    /// <summary>Whether the 9 digit values in <paramref name="d"/> form a valid routing number.</summary>
    public static bool IsValid(ReadOnlySpan<byte> d)
    {
        if (d.Length != 9 || Digits.AllSame(d))
        {
            return false;
        }

        var prefix = (d[0] * 10) + d[1];
        if (prefix is not ((>= 0 and <= 12) or (>= 21 and <= 32) or (>= 61 and <= 72) or 80))
        {
            return false;
        }

        var sum = (3 * (d[0] + d[3] + d[6])) + (7 * (d[1] + d[4] + d[7])) + d[2] + d[5] + d[8];
        return sum % 10 == 0;
    }
}
