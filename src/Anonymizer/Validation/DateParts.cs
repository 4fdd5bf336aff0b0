namespace Anonymizer.Validation;

/// <summary>Calendar checks for identifiers that embed a date of birth.</summary>
public static class DateParts
{
    /// <summary>Whether year/month/day form a real calendar date (leap years included).</summary>
    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The number formed by <paramref name="count"/> digits of <paramref name="digits"/> from <paramref name="start"/>.</summary>
    public static int Number(ReadOnlySpan<byte> digits, int start, int count)
    {
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            n = (n * 10) + digits[start + i];
        }

        return n;
    }

    /// <summary>The number formed by the ASCII digits <paramref name="text"/>; -1 when a character is not a digit.</summary>
    public static int Number(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
