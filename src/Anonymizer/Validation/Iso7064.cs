namespace Anonymizer.Validation;

/// <summary>ISO/IEC 7064 check character systems.</summary>
public static class Iso7064
{
    /// <summary>
    /// Whether <paramref name="digits"/> (check digit last) pass ISO 7064 MOD 11,10 (the hybrid system of the German
    /// Steuer-IdNr and USt-IdNr).
    /// </summary>
    public static bool IsValidMod11_10(ReadOnlySpan<byte> digits) =>
        digits.Length >= 2 && ComputeMod11_10(digits[..^1]) == digits[^1];

    /// <summary>The ISO 7064 MOD 11,10 check digit of <paramref name="payload"/>.</summary>
    public static int ComputeMod11_10(ReadOnlySpan<byte> payload)
    {
        var product = 10;
        foreach (var d in payload)
        {
            var sum = (d + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }

            product = (sum * 2) % 11;
        }

        var check = 11 - product;
        return check == 10 ? 0 : check;
    }

    /// <summary>
    /// The ISO 7064 MOD 11-2 check character of <paramref name="payload"/> (Chinese resident ID): 0–9 or 10 (written X).
    /// </summary>
    public static int ComputeMod11_2(ReadOnlySpan<byte> payload)
    {
        var p = 0;
        foreach (var d in payload)
        {
            p = ((p + d) * 2) % 11;
        }

        return (12 - p) % 11;
    }

    /// <summary>Whether <paramref name="payload"/> followed by <paramref name="check"/> ('0'–'9' or 'X') passes MOD 11-2.</summary>
    public static bool IsValidMod11_2(ReadOnlySpan<byte> payload, char check)
    {
        var expected = ComputeMod11_2(payload);
        return expected == 10 ? check is 'X' or 'x' : check == (char)('0' + expected);
    }

    /// <summary>
    /// Whether <paramref name="text"/> passes ISO 7064 MOD 37,36 (alphanumeric hybrid system), characters 0–9 and A–Z,
    /// check character last. Used by some national identifiers.
    /// </summary>
    public static bool IsValidMod37_36(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var product = 36;
        for (var i = 0; i < text.Length; i++)
        {
            var v = AlphaNumericValue(text[i]);
            if (v < 0)
            {
                return false;
            }

            var sum = (v + product) % 36;
            if (sum == 0)
            {
                sum = 36;
            }

            product = (sum * 2) % 37;
            if (i == text.Length - 1)
            {
                return sum % 36 == 1;
            }
        }

        return false;
    }

    /// <summary>The value of 0–9 (0–9) and A–Z/a–z (10–35); -1 for any other character.</summary>
    public static int AlphaNumericValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        >= 'a' and <= 'z' => c - 'a' + 10,
        _ => -1,
    };
}
