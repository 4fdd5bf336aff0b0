using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Anonymizer.Analysis;
using Anonymizer.Keys;
using Bogus;

namespace Anonymizer.Anonymization;

/// <summary>
/// Replaces a value by a realistic surrogate of the same kind, chosen by HMAC(pseudonym sub-key, type, normalised
/// value): the same input gets the same surrogate in every document, run, process and machine with the same key, and
/// (almost always) a different one with another key. No table is kept, so shards processed apart stay consistent.
/// Surrogates are consistent, not unique: two inputs may map to the same surrogate.
/// <list type="bullet">
/// <item><c>PERSON</c>: a name (first name for one word, first and last name otherwise); <c>LOCATION</c>: a city;
/// <c>ORGANIZATION</c>: a company (Bogus, seeded from the HMAC; never Bogus' global state).</item>
/// <item><c>EMAIL_ADDRESS</c>: <c>first.last</c> at <c>example.com</c>, <c>example.net</c> or <c>example.org</c> (reserved domains).</item>
/// <item><c>PHONE_NUMBER</c>: the same format, digits replaced, separators and a leading <c>+</c> country code kept.</item>
/// <item><c>CREDIT_CARD</c>: the same brand prefix and length, Luhn-valid, separators kept.</item>
/// <item><c>IBAN_CODE</c>: the same country and length, each letter or digit replaced in kind, valid mod-97 check digits.</item>
/// <item><c>US_SSN</c>: area 900–999 and group 01–49: never issued as an SSN (area 9xx) and outside the ITIN groups.</item>
/// <item><c>IP_ADDRESS</c>: an address of the same family (IPv4 public unicast, IPv6 global unicast 2000::/3).</item>
/// <item><c>DATE_TIME</c>: shifted by the key's date offset (as <see cref="DateShiftStrategy"/>), same written form.</item>
/// <item>any other type (and a value of the types above whose form is not recognised): a keyed token of the same
/// shape, each digit a digit and each letter a letter of the same case.</item>
/// </list>
/// </summary>
public sealed class PseudonymizeStrategy : AnonymizationStrategy
{
    private static readonly string[] EmailDomains = ["example.com", "example.net", "example.org"];

    private readonly byte[] _key;
    private readonly int _dateOffset;

    /// <summary>Creates the strategy.</summary>
    /// <param name="key">The key (required).</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <exception cref="KeyRequiredException">No key was given.</exception>
    /// <exception cref="ArgumentException">The locale is unknown to Bogus.</exception>
    public PseudonymizeStrategy(AnonymizationKey? key, PseudonymizeOptions? options = null)
    {
        Options = options ?? new PseudonymizeOptions();
        Options.Dates.Validate();
        if (key is null)
        {
            throw KeyRequiredException.For("pseudonymize");
        }

        try
        {
            _ = new Bogus.DataSets.Name(Options.Locale) { Random = new Randomizer(1) }.FirstName();
        }
        catch (BogusException e)
        {
            throw new ArgumentException($"'{Options.Locale}' is not a locale Bogus knows.", nameof(options), e);
        }

        _key = key.Derive("pseudonym");
        _dateOffset = DateShiftStrategy.ComputeOffset(key, Options.Dates);
    }

    /// <summary>The options.</summary>
    public PseudonymizeOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "pseudonymize";

    /// <inheritdoc />
    public override void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output)
    {
        var type = context.EntityType;
        var random = new KeyedRandom(Seed(type, value));
        switch (type)
        {
            case PiiEntityTypes.Person:
                output.Write(PersonName(value, random));
                return;
            case PiiEntityTypes.Location:
                output.Write(new Bogus.DataSets.Address(Options.Locale) { Random = new Randomizer(random.Int32Seed) }.City());
                return;
            case PiiEntityTypes.Organization:
                output.Write(new Bogus.DataSets.Company(Options.Locale) { Random = new Randomizer(random.Int32Seed) }.CompanyName());
                return;
            case PiiEntityTypes.EmailAddress:
                output.Write(Email(random));
                return;
            case PiiEntityTypes.PhoneNumber:
                Phone(value, random, output);
                return;
            case PiiEntityTypes.CreditCard when CountDigits(value) >= 12:
                Card(value, random, output);
                return;
            case PiiEntityTypes.IbanCode when TryIban(value, random, output):
                return;
            case PiiEntityTypes.UsSsn when CountDigits(value) == 9:
                Ssn(value, random, output);
                return;
            case PiiEntityTypes.IpAddress when TryIp(value, random, output):
                return;
            case PiiEntityTypes.DateTime when DateShiftStrategy.TryShift(value, _dateOffset, Options.Dates.DayFirst, output):
                return;
            default:
                ShapeToken.Write(value, random, output);
                return;
        }
    }

    private byte[] Seed(string type, ReadOnlySpan<char> value)
    {
        var normalised = Normalise(type, value);
        var bytes = new byte[Encoding.UTF8.GetByteCount(type) + 1 + Encoding.UTF8.GetByteCount(normalised)];
        var n = Encoding.UTF8.GetBytes(type, bytes);
        bytes[n++] = 0;
        Encoding.UTF8.GetBytes(normalised, bytes.AsSpan(n));
        var seed = HMACSHA256.HashData(_key, bytes);
        CryptographicOperations.ZeroMemory(bytes);
        return seed;
    }

    /// <summary>
    /// The form of a value that decides its surrogate: digits only for phone, card and SSN; upper-case letters and
    /// digits for IBAN; otherwise trimmed, white space collapsed, lower case.
    /// </summary>
    internal static string Normalise(string type, ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length);
        switch (type)
        {
            case PiiEntityTypes.PhoneNumber or PiiEntityTypes.CreditCard or PiiEntityTypes.UsSsn:
                foreach (var c in value)
                {
                    if (char.IsAsciiDigit(c))
                    {
                        builder.Append(c);
                    }
                }

                break;
            case PiiEntityTypes.IbanCode:
                foreach (var c in value)
                {
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        builder.Append(char.ToUpperInvariant(c));
                    }
                }

                break;
            default:
                var space = false;
                foreach (var c in value.Trim())
                {
                    if (char.IsWhiteSpace(c))
                    {
                        space = true;
                        continue;
                    }

                    if (space)
                    {
                        builder.Append(' ');
                        space = false;
                    }

                    builder.Append(char.ToLowerInvariant(c));
                }

                break;
        }

        return builder.ToString();
    }

    private string PersonName(ReadOnlySpan<char> value, KeyedRandom random)
    {
        var names = new Bogus.DataSets.Name(Options.Locale) { Random = new Randomizer(random.Int32Seed) };
        var words = 0;
        foreach (var _ in value.Trim().Split(' '))
        {
            words++;
        }

        var first = names.FirstName();
        return words <= 1 ? first : first + " " + names.LastName();
    }

    private string Email(KeyedRandom random)
    {
        var names = new Bogus.DataSets.Name(Options.Locale) { Random = new Randomizer(random.Int32Seed) };
        var builder = new StringBuilder();
        AppendAscii(builder, names.FirstName());
        builder.Append('.');
        AppendAscii(builder, names.LastName());
        builder.Append(random.Next(10, 99).ToString(CultureInfo.InvariantCulture));
        builder.Append('@').Append(EmailDomains[random.Next(EmailDomains.Length)]);
        return builder.ToString();

        static void AppendAscii(StringBuilder builder, string name)
        {
            foreach (var c in name)
            {
                if (char.IsAsciiLetter(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }
        }
    }

    private static void Phone(ReadOnlySpan<char> value, KeyedRandom random, IBufferWriter<char> output)
    {
        // A leading "+CC" (up to three digits before the first separator) is kept: the number stays in its country.
        var keep = 0;
        if (value.Length > 1 && value[0] == '+')
        {
            var end = 1;
            while (end < value.Length && char.IsAsciiDigit(value[end]))
            {
                end++;
            }

            if (end - 1 <= 3 && end < value.Length)
            {
                keep = end;
            }
        }

        var span = output.GetSpan(value.Length);
        value[..keep].CopyTo(span);
        var firstDigit = true;
        for (var i = keep; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                // The first digit avoids 0 and 1 (trunk and international prefixes) unless the original had one.
                span[i] = firstDigit && c >= '2' ? (char)('2' + random.Next(8)) : random.NextDigit();
                firstDigit = false;
            }
            else
            {
                span[i] = c;
            }
        }

        output.Advance(value.Length);
    }

    /// <summary>How many leading digits name the card brand (kept): Amex 34/37, Visa 4, Mastercard 51–55 and 2221–2720, …</summary>
    internal static int BrandPrefixLength(ReadOnlySpan<byte> digits)
    {
        var two = (digits[0] * 10) + digits[1];
        var four = (two * 100) + (digits[2] * 10) + digits[3];
        return digits[0] switch
        {
            4 => 1,
            5 when two is >= 51 and <= 55 => 2,
            2 when four is >= 2221 and <= 2720 => 4,
            3 when two is 34 or 37 or 36 or 38 or 30 => 2,
            3 when four is >= 3528 and <= 3589 => 4,
            6 when four == 6011 => 4,
            6 when two is 65 or 62 => 2,
            _ => 1,
        };
    }

    private static void Card(ReadOnlySpan<char> value, KeyedRandom random, IBufferWriter<char> output)
    {
        var count = CountDigits(value);
        Span<byte> digits = stackalloc byte[count];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = (byte)(c - '0');
            }
        }

        var prefix = BrandPrefixLength(digits);
        for (var i = prefix; i < count - 1; i++)
        {
            digits[i] = (byte)random.Next(10);
        }

        digits[count - 1] = Validation.Luhn.ComputeCheckDigit(digits[..(count - 1)]);
        WriteDigits(value, digits, output);
    }

    private static bool TryIban(ReadOnlySpan<char> value, KeyedRandom random, IBufferWriter<char> output)
    {
        Span<char> compact = stackalloc char[64];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (n == compact.Length)
                {
                    return false;
                }

                compact[n++] = char.ToUpperInvariant(c);
            }
            else if (c != ' ' && c != '-')
            {
                return false;
            }
        }

        if (n < 5 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1]) || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        var iban = compact[..n];
        for (var i = 4; i < n; i++)
        {
            iban[i] = char.IsAsciiDigit(iban[i]) ? random.NextDigit() : (char)('A' + random.Next(26));
        }

        var check = 98 - Mod97(iban[4..], iban[..2]);
        iban[2] = (char)('0' + (check / 10));
        iban[3] = (char)('0' + (check % 10));

        var span = output.GetSpan(value.Length);
        var k = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            span[i] = char.IsAsciiLetterOrDigit(c)
                ? (char.IsAsciiLetterLower(c) ? char.ToLowerInvariant(iban[k++]) : iban[k++])
                : c;
        }

        output.Advance(value.Length);
        return true;
    }

    /// <summary>The remainder mod 97 of <c>bban + country + "00"</c> with letters as 10–35 (ISO 13616).</summary>
    internal static int Mod97(ReadOnlySpan<char> bban, ReadOnlySpan<char> country)
    {
        var remainder = 0;
        foreach (var c in bban)
        {
            remainder = Step(remainder, c);
        }

        foreach (var c in country)
        {
            remainder = Step(remainder, c);
        }

        remainder = (remainder * 100) % 97;
        return remainder;

        static int Step(int remainder, char c) => char.IsAsciiDigit(c)
            ? ((remainder * 10) + (c - '0')) % 97
            : ((remainder * 100) + (char.ToUpperInvariant(c) - 'A' + 10)) % 97;
    }

    private static void Ssn(ReadOnlySpan<char> value, KeyedRandom random, IBufferWriter<char> output)
    {
        Span<byte> digits = stackalloc byte[9];
        var area = random.Next(900, 999);
        var group = random.Next(1, 49);
        var serial = random.Next(1, 9999);
        digits[0] = (byte)(area / 100);
        digits[1] = (byte)(area / 10 % 10);
        digits[2] = (byte)(area % 10);
        digits[3] = (byte)(group / 10);
        digits[4] = (byte)(group % 10);
        digits[5] = (byte)(serial / 1000);
        digits[6] = (byte)(serial / 100 % 10);
        digits[7] = (byte)(serial / 10 % 10);
        digits[8] = (byte)(serial % 10);
        WriteDigits(value, digits, output);
    }

    private static bool TryIp(ReadOnlySpan<char> value, KeyedRandom random, IBufferWriter<char> output)
    {
        if (!IPAddress.TryParse(value, out var address))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> bytes = stackalloc byte[4];
            do
            {
                random.NextBytes(bytes);
            }
            while (bytes[0] is 0 or 10 or 127 or >= 224 || bytes[3] is 0 or 255);

            output.Write(new IPAddress(bytes).ToString());
            return true;
        }

        Span<byte> v6 = stackalloc byte[16];
        random.NextBytes(v6);
        v6[0] = (byte)(0x20 | (v6[0] & 0x1F));
        output.Write(new IPAddress(v6).ToString());
        return true;
    }

    private static int CountDigits(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Writes <paramref name="value"/> with its ASCII digits replaced, in order, by <paramref name="digits"/>.</summary>
    private static void WriteDigits(ReadOnlySpan<char> value, ReadOnlySpan<byte> digits, IBufferWriter<char> output)
    {
        var span = output.GetSpan(value.Length);
        var k = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            span[i] = char.IsAsciiDigit(c) && k < digits.Length ? (char)('0' + digits[k++]) : c;
        }

        output.Advance(value.Length);
    }
}
