namespace Anonymizer.Validation;

/// <summary>Allocation-free syntax checks of IP addresses (RFC 4291 text forms), optional zone id and prefix length.</summary>
public static class IpAddresses
{
    /// <summary>Whether <paramref name="text"/> is a dotted-quad IPv4 address (four decimal octets 0–255, no leading zeros).</summary>
    public static bool IsValidIPv4(ReadOnlySpan<char> text)
    {
        var octets = 0;
        var i = 0;
        while (true)
        {
            var start = i;
            var value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 3)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            var digits = i - start;
            if (digits == 0 || value > 255 || (digits > 1 && text[start] == '0'))
            {
                return false;
            }

            octets++;
            if (octets == 4)
            {
                return i == text.Length;
            }

            if (i >= text.Length || text[i] != '.')
            {
                return false;
            }

            i++;
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> is an IPv6 address in any RFC 4291 text form: eight groups of one to four hex
    /// digits, at most one <c>::</c>, optionally ending in an embedded IPv4 address that counts as two groups.
    /// </summary>
    public static bool IsValidIPv6(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var groups = 0;
        var compressed = false;
        var i = 0;
        if (text[0] == ':')
        {
            if (text[1] != ':')
            {
                return false;
            }

            compressed = true;
            i = 2;
            if (i == text.Length)
            {
                return true;
            }
        }

        while (true)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiHexDigit(text[i]) && i - start < 5)
            {
                i++;
            }

            if (i < text.Length && text[i] == '.')
            {
                // Embedded IPv4 tail: counts as two groups and must end the address.
                if (!IsValidIPv4(text[start..]))
                {
                    return false;
                }

                groups += 2;
                break;
            }

            var digits = i - start;
            if (digits is 0 or > 4)
            {
                return false;
            }

            groups++;
            if (i == text.Length)
            {
                break;
            }

            if (text[i] != ':')
            {
                return false;
            }

            i++;
            if (i < text.Length && text[i] == ':')
            {
                if (compressed)
                {
                    return false;
                }

                compressed = true;
                i++;
                if (i == text.Length)
                {
                    break;
                }
            }
            else if (i == text.Length)
            {
                return false;
            }
        }

        return compressed ? groups <= 7 : groups == 8;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is an IPv6 address, optionally followed by a zone id (<c>%eth0</c>) and a
    /// prefix length (<c>/64</c>, 0–128).
    /// </summary>
    public static bool IsValidIPv6WithSuffixes(ReadOnlySpan<char> text)
    {
        var slash = text.LastIndexOf('/');
        if (slash >= 0)
        {
            if (!IsPrefixLength(text[(slash + 1)..], 128))
            {
                return false;
            }

            text = text[..slash];
        }

        var percent = text.IndexOf('%');
        if (percent >= 0)
        {
            var zone = text[(percent + 1)..];
            if (zone.IsEmpty)
            {
                return false;
            }

            foreach (var c in zone)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
                {
                    return false;
                }
            }

            text = text[..percent];
        }

        return IsValidIPv6(text);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is an IPv4 address, optionally followed by a prefix length (<c>/24</c>, 0–32).
    /// </summary>
    public static bool IsValidIPv4WithPrefix(ReadOnlySpan<char> text)
    {
        var slash = text.IndexOf('/');
        if (slash >= 0)
        {
            if (!IsPrefixLength(text[(slash + 1)..], 32))
            {
                return false;
            }

            text = text[..slash];
        }

        return IsValidIPv4(text);
    }

    private static bool IsPrefixLength(ReadOnlySpan<char> digits, int max)
    {
        if (digits.IsEmpty || digits.Length > 3 || (digits.Length > 1 && digits[0] == '0'))
        {
            return false;
        }

        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value <= max;
    }
}
