namespace Anonymizer.Validation;

/// <summary>
/// International Bank Account Numbers (ISO 13616): the per-country length and BBAN structure of every country in the
/// SWIFT IBAN registry, and the mod-97 check (ISO 7064 MOD 97-10).
/// </summary>
public static class Iban
{
    /// <summary>The longest IBAN of any country (Russia, 33 characters).</summary>
    public const int MaxLength = 34;

    // BBAN structure in the registry's notation: n = digits, a = upper-case letters, c = upper-case letters or digits.
    private static readonly string?[] Formats = BuildFormats();

    /// <summary>
    /// The total length (with country code and check digits) of an IBAN of the country
    /// <paramref name="first"/><paramref name="second"/>, or 0 when that country has no IBAN.
    /// </summary>
    public static int LengthOf(char first, char second)
    {
        var format = FormatOf(first, second);
        if (format is null)
        {
            return 0;
        }

        var length = 4;
        var count = 0;
        foreach (var c in format)
        {
            if (char.IsAsciiDigit(c))
            {
                count = (count * 10) + (c - '0');
            }
            else
            {
                length += count;
                count = 0;
            }
        }

        return length;
    }

    /// <summary>
    /// Whether <paramref name="iban"/> (compact or grouped with spaces or dashes) is a valid IBAN: known country, that
    /// country's length and BBAN structure, and the mod-97 check.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> iban)
    {
        Span<char> compact = stackalloc char[MaxLength];
        var n = 0;
        foreach (var c in iban)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (n == compact.Length)
            {
                return false;
            }

            compact[n++] = c;
        }

        compact = compact[..n];
        return n >= 5 && HasCountryStructure(compact) && Mod97(compact) == 1;
    }

    /// <summary>
    /// Whether the compact IBAN <paramref name="compact"/> has its country's length and BBAN structure (the check
    /// digits are not verified).
    /// </summary>
    public static bool HasCountryStructure(ReadOnlySpan<char> compact)
    {
        if (compact.Length < 4 || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        var format = FormatOf(compact[0], compact[1]);
        if (format is null)
        {
            return false;
        }

        var position = 4;
        var count = 0;
        foreach (var f in format)
        {
            if (char.IsAsciiDigit(f))
            {
                count = (count * 10) + (f - '0');
                continue;
            }

            for (var i = 0; i < count; i++, position++)
            {
                if (position >= compact.Length)
                {
                    return false;
                }

                var c = compact[position];
                var ok = f switch
                {
                    'n' => char.IsAsciiDigit(c),
                    'a' => char.IsAsciiLetterUpper(c),
                    _ => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c),
                };
                if (!ok)
                {
                    return false;
                }
            }

            count = 0;
        }

        return position == compact.Length;
    }

    /// <summary>
    /// The ISO 7064 MOD 97-10 remainder of the compact IBAN <paramref name="compact"/> after moving its first four
    /// characters to the end and replacing letters by 10–35 (1 for a valid IBAN); -1 when a character is not an ASCII
    /// digit or letter.
    /// </summary>
    public static int Mod97(ReadOnlySpan<char> compact)
    {
        if (compact.Length < 4)
        {
            return -1;
        }

        var remainder = 0;
        for (var k = 0; k < compact.Length; k++)
        {
            var c = compact[(k + 4) % compact.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetter(c))
            {
                remainder = ((remainder * 100) + (char.ToUpperInvariant(c) - 'A' + 10)) % 97;
            }
            else
            {
                return -1;
            }
        }

        return remainder;
    }

    private static string? FormatOf(char first, char second) =>
        char.IsAsciiLetterUpper(first) && char.IsAsciiLetterUpper(second) ? Formats[((first - 'A') * 26) + (second - 'A')] : null;

    private static string?[] BuildFormats()
    {
        var formats = new string?[26 * 26];
        void Add(string country, string bban) => formats[((country[0] - 'A') * 26) + (country[1] - 'A')] = bban;

        Add("AD", "4n4n12c");
        Add("AE", "3n16n");
        Add("AL", "8n16c");
        Add("AT", "5n11n");
        Add("AZ", "4a20c");
        Add("BA", "3n3n8n2n");
        Add("BE", "3n7n2n");
        Add("BG", "4a4n2n8c");
        Add("BH", "4a14c");
        Add("BI", "5n5n11n2n");
        Add("BR", "8n5n10n1a1c");
        Add("BY", "4c4n16c");
        Add("CH", "5n12c");
        Add("CR", "4n14n");
        Add("CY", "3n5n16c");
        Add("CZ", "4n6n10n");
        Add("DE", "8n10n");
        Add("DJ", "5n5n11n2n");
        Add("DK", "4n9n1n");
        Add("DO", "4c20n");
        Add("EE", "2n2n11n1n");
        Add("EG", "4n4n17n");
        Add("ES", "4n4n1n1n10n");
        Add("FI", "3n11n");
        Add("FK", "2a12n");
        Add("FO", "4n9n1n");
        Add("FR", "5n5n11c2n");
        Add("GB", "4a6n8n");
        Add("GE", "2a16n");
        Add("GI", "4a15c");
        Add("GL", "4n9n1n");
        Add("GR", "3n4n16c");
        Add("GT", "4c20c");
        Add("HN", "4a20n");
        Add("HR", "7n10n");
        Add("HU", "3n4n1n15n1n");
        Add("IE", "4a6n8n");
        Add("IL", "3n3n13n");
        Add("IQ", "4a3n12n");
        Add("IS", "4n2n6n10n");
        Add("IT", "1a5n5n12c");
        Add("JO", "4a4n18c");
        Add("KW", "4a22c");
        Add("KZ", "3n13c");
        Add("LB", "4n20c");
        Add("LC", "4a24c");
        Add("LI", "5n12c");
        Add("LT", "5n11n");
        Add("LU", "3n13c");
        Add("LV", "4a13c");
        Add("LY", "3n3n15n");
        Add("MC", "5n5n11c2n");
        Add("MD", "2c18c");
        Add("ME", "3n13n2n");
        Add("MK", "3n10c2n");
        Add("MN", "4n12n");
        Add("MR", "5n5n11n2n");
        Add("MT", "4a5n18c");
        Add("MU", "4a2n2n12n3n3a");
        Add("NI", "4a20n");
        Add("NL", "4a10n");
        Add("NO", "4n6n1n");
        Add("OM", "3n16c");
        Add("PK", "4a16c");
        Add("PL", "8n16n");
        Add("PS", "4a21c");
        Add("PT", "4n4n11n2n");
        Add("QA", "4a21c");
        Add("RO", "4a16c");
        Add("RS", "3n13n2n");
        Add("RU", "9n5n15c");
        Add("SA", "2n18c");
        Add("SC", "4a2n2n16n3a");
        Add("SD", "2n12n");
        Add("SE", "3n16n1n");
        Add("SI", "5n8n2n");
        Add("SK", "4n6n10n");
        Add("SM", "1a5n5n12c");
        Add("SO", "4n3n12n");
        Add("ST", "4n4n11n2n");
        Add("SV", "4a20n");
        Add("TL", "3n14n2n");
        Add("TN", "2n3n13n2n");
        Add("TR", "5n1n16c");
        Add("UA", "6n19c");
        Add("VA", "3n15n");
        Add("VG", "4a16n");
        Add("XK", "4n10n2n");
        Add("YE", "4a4n18c");
        return formats;
    }
}
