namespace Anonymizer.Validation;

/// <summary>UK NHS numbers (England, Wales, Isle of Man): ten digits, the last a mod-11 check digit.</summary>
public static class NhsNumber
{
    /// <summary>
    /// Whether <paramref name="text"/> (10 digits, spaces and dashes ignored) passes the NHS check: the first nine digits
    /// weighted 10 down to 2, check digit = 11 − (sum mod 11), 11 → 0, 10 → never valid. One digit repeated is rejected.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<byte> d = stackalloc byte[10];
        return Digits.Extract(text, d) == 10 && IsValid(d);
    }

    /// <summary>Whether the 10 digit values in <paramref name="d"/> form a valid NHS number.</summary>
    public static bool IsValid(ReadOnlySpan<byte> d)
    {
        if (d.Length != 10 || Digits.AllSame(d))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += d[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == d[9];
    }
}
