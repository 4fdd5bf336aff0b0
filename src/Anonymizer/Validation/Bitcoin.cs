using System.Security.Cryptography;

namespace Anonymizer.Validation;

/// <summary>Bitcoin address checks: Base58Check (P2PKH, P2SH) and Bech32 / Bech32m segwit addresses (BIP 173, BIP 350).</summary>
public static class Bitcoin
{
    private const string Base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const string Bech32Alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /// <summary>Whether <paramref name="address"/> is a Base58Check or Bech32/Bech32m Bitcoin mainnet address.</summary>
    public static bool IsValidAddress(ReadOnlySpan<char> address) =>
        address.StartsWith("bc1", StringComparison.OrdinalIgnoreCase) ? IsValidBech32(address) : IsValidBase58Check(address);

    /// <summary>
    /// Whether <paramref name="address"/> decodes from Base58 to 25 bytes whose version byte is 0x00 (P2PKH) or 0x05
    /// (P2SH) and whose last four bytes are the first four of the double SHA-256 of the first 21.
    /// </summary>
    public static bool IsValidBase58Check(ReadOnlySpan<char> address)
    {
        if (address.Length is < 26 or > 35)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[25];
        bytes.Clear();
        foreach (var c in address)
        {
            var carry = Base58Alphabet.IndexOf(c);
            if (carry < 0)
            {
                return false;
            }

            for (var j = bytes.Length - 1; j >= 0; j--)
            {
                carry += bytes[j] * 58;
                bytes[j] = (byte)carry;
                carry >>= 8;
            }

            if (carry != 0)
            {
                return false;
            }
        }

        // Each leading '1' stands for one leading zero byte, and only those.
        var leadingOnes = 0;
        while (leadingOnes < address.Length && address[leadingOnes] == '1')
        {
            leadingOnes++;
        }

        var leadingZeros = 0;
        while (leadingZeros < bytes.Length && bytes[leadingZeros] == 0)
        {
            leadingZeros++;
        }

        if (leadingOnes != leadingZeros || bytes[0] is not (0x00 or 0x05))
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes[..21], hash);
        SHA256.HashData(hash, hash);
        return hash[..4].SequenceEqual(bytes[21..]);
    }

    /// <summary>
    /// Whether <paramref name="address"/> is a mainnet (<c>bc</c>) segwit address: one case throughout, a valid
    /// Bech32 checksum for witness version 0 or Bech32m for versions 1–16, and a program of the right length.
    /// </summary>
    public static bool IsValidBech32(ReadOnlySpan<char> address)
    {
        if (address.Length is < 14 or > 90)
        {
            return false;
        }

        var hasLower = false;
        var hasUpper = false;
        foreach (var c in address)
        {
            hasLower |= char.IsAsciiLetterLower(c);
            hasUpper |= char.IsAsciiLetterUpper(c);
        }

        if ((hasLower && hasUpper) || !address.StartsWith("bc1", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var data = address[3..];
        Span<byte> values = stackalloc byte[90];
        for (var i = 0; i < data.Length; i++)
        {
            var v = Bech32Alphabet.IndexOf(char.ToLowerInvariant(data[i]));
            if (v < 0)
            {
                return false;
            }

            values[i] = (byte)v;
        }

        values = values[..data.Length];

        // Polymod over the expanded human-readable part "bc" and the data.
        uint chk = 1;
        chk = PolymodStep(chk, 'b' >> 5);
        chk = PolymodStep(chk, 'c' >> 5);
        chk = PolymodStep(chk, 0);
        chk = PolymodStep(chk, 'b' & 31);
        chk = PolymodStep(chk, 'c' & 31);
        foreach (var v in values)
        {
            chk = PolymodStep(chk, v);
        }

        var version = values[0];
        if (version > 16)
        {
            return false;
        }

        var expected = version == 0 ? 1u : 0x2bc830a3u;
        if (chk != expected)
        {
            return false;
        }

        // Program: the 5-bit groups between the version and the 6-character checksum, regrouped into bytes.
        var bits = (values.Length - 7) * 5;
        var programLength = bits / 8;
        if (bits % 8 >= 5 || programLength is < 2 or > 40)
        {
            return false;
        }

        return version != 0 || programLength is 20 or 32;
    }

    private static uint PolymodStep(uint chk, int value)
    {
        var top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ (uint)value;
        if ((top & 1) != 0) chk ^= 0x3b6a57b2;
        if ((top & 2) != 0) chk ^= 0x26508e6d;
        if ((top & 4) != 0) chk ^= 0x1ea119fa;
        if ((top & 8) != 0) chk ^= 0x3d4233dd;
        if ((top & 16) != 0) chk ^= 0x2a1462b3;
        return chk;
    }
}
