namespace Anonymizer.Validation;

/// <summary>US National Provider Identifiers: ten digits starting 1 or 2, Luhn-checked with the 80840 card prefix.</summary>
public static class NationalProviderIdentifier
{
    /// <summary>
    /// Whether <paramref name="text"/> (10 digits, spaces and dashes ignored) is a valid NPI: first digit 1 or 2, the first nine
    /// digits not one digit repeated (placeholders such as 1111111112), and "80840" followed by the ten digits passes the Luhn check.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<byte> d = stackalloc byte[15];
        if (Digits.Extract(text, d[5..]) != 10)
        {
            return false;
        }

        var npi = d[5..];
        if (npi[0] is not (1 or 2) || Digits.AllSame(npi[..9]))
        {
            return false;
        }

        d[0] = 8;
        d[1] = 0;
        d[2] = 8;
        d[3] = 4;
        d[4] = 0;
        return Luhn.IsValid(d);
    }
}
