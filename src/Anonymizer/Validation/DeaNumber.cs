namespace Anonymizer.Validation;

/// <summary>US DEA registration numbers: two letters (or a letter and 9) and seven digits, the last a check digit.</summary>
public static class DeaNumber
{
    /// <summary>
    /// Whether the last seven characters of <paramref name="text"/> are digits d1..d7 with
    /// (d1 + d3 + d5) + 2·(d2 + d4 + d6) ending in d7.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.Length < 7)
        {
            return false;
        }

        var digits = text[^7..];
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var odd = (digits[0] - '0') + (digits[2] - '0') + (digits[4] - '0');
        var even = (digits[1] - '0') + (digits[3] - '0') + (digits[5] - '0');
        return (odd + (2 * even)) % 10 == digits[6] - '0';
    }
}
