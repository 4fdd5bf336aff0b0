using System.Buffers;
using System.Security.Cryptography;
using Anonymizer.Keys;
using Org.BouncyCastle.Crypto.Fpe;
using Org.BouncyCastle.Crypto.Parameters;

namespace Anonymizer.Anonymization;

/// <summary>
/// Format-preserving encryption of the digits of a value with FF1 (NIST SP 800-38G, AES-256, radix 10, empty tweak;
/// BouncyCastle's <see cref="FpeFf1Engine"/>) under the HKDF sub-key <c>encrypt/ff1</c>. Every other character stays
/// in place, so length and separators are kept. FF1 needs at least <see cref="MinimumDigits"/> digits.
/// </summary>
internal sealed class FormatPreservingCipher
{
    /// <summary>The fewest digits FF1 accepts for radix 10 (10^6 ≥ 1,000,000 possible inputs).</summary>
    public const int MinimumDigits = 6;

    private readonly byte[] _key;

    public FormatPreservingCipher(AnonymizationKey key) => _key = key.Derive("encrypt/ff1");

    /// <summary>Whether <paramref name="value"/> can be encrypted with FF1: no letters, at least six ASCII digits, no other digits.</summary>
    public static bool Accepts(ReadOnlySpan<char> value)
    {
        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return digits >= MinimumDigits;
    }

    public void Transform(ReadOnlySpan<char> value, bool encrypt, IBufferWriter<char> output)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                count++;
            }
        }

        var input = new byte[count];
        var result = new byte[count];
        try
        {
            var n = 0;
            foreach (var c in value)
            {
                if (char.IsAsciiDigit(c))
                {
                    input[n++] = (byte)(c - '0');
                }
            }

            var engine = new FpeFf1Engine();
            engine.Init(encrypt, new FpeParameters(new KeyParameter(_key), 10, []));
            engine.ProcessBlock(input, 0, count, result, 0);
            var span = output.GetSpan(value.Length);
            var k = 0;
            for (var i = 0; i < value.Length; i++)
            {
                span[i] = char.IsAsciiDigit(value[i]) ? (char)('0' + result[k++]) : value[i];
            }

            output.Advance(value.Length);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(input);
            CryptographicOperations.ZeroMemory(result);
        }
    }
}
