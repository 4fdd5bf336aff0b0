using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Anonymizer.Keys;

namespace Anonymizer.Anonymization;

/// <summary>
/// Deterministic authenticated encryption (a synthetic-IV construction, as SIV in RFC 5297 but with HMAC-SHA256 as
/// the PRF): <c>iv = HMAC-SHA256(macKey, plaintext)[0..16]</c>, <c>ciphertext = AES-256-CTR(encKey, iv, plaintext)</c>,
/// token = <c>iv || ciphertext</c>. The same plaintext gives the same token (joins still work; equality is the only
/// thing revealed); any change to the token fails authentication. Both keys are HKDF sub-keys of the user's key
/// (<c>encrypt/mac</c>, <c>encrypt/aes</c>). The plaintext is UTF-8 with a leading format byte, or UTF-16 when the
/// text holds a lone surrogate, so every string round-trips exactly.
/// </summary>
internal sealed class DeterministicCipher
{
    public const string EnvelopeStart = "[[ENC:";
    public const string EnvelopeEnd = "]]";
    private const int IvLength = 16;

    private readonly byte[] _macKey;
    private readonly byte[] _encKey;

    public DeterministicCipher(AnonymizationKey key)
    {
        _macKey = key.Derive("encrypt/mac");
        _encKey = key.Derive("encrypt/aes");
        KeyId = key.KeyId;
    }

    public string KeyId { get; }

    /// <summary>Writes <c>[[ENC:keyid:base64url]]</c> for <paramref name="value"/>.</summary>
    public void WriteEnvelope(ReadOnlySpan<char> value, IBufferWriter<char> output)
    {
        var plain = Encode(value);
        var token = new byte[IvLength + plain.Length];
        try
        {
            var iv = token.AsSpan(0, IvLength);
            Span<byte> mac = stackalloc byte[32];
            HMACSHA256.HashData(_macKey, plain, mac);
            mac[..IvLength].CopyTo(iv);
            Ctr(iv, plain, token.AsSpan(IvLength));
            output.Write(EnvelopeStart);
            output.Write(KeyId);
            output.Write(":");
            var chars = output.GetSpan(Base64Url.GetEncodedLength(token.Length));
            output.Advance(Base64Url.EncodeToChars(token, chars));
            output.Write(EnvelopeEnd);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <summary>Decrypts the base64url body of an envelope; false when it fails authentication.</summary>
    public bool TryOpen(ReadOnlySpan<char> body, out string? value)
    {
        value = null;
        var maxLength = Base64Url.GetMaxDecodedLength(body.Length);
        var token = new byte[maxLength];
        if (!Base64Url.TryDecodeFromChars(body, token, out var length) || length < IvLength + 1)
        {
            return false;
        }

        var iv = token.AsSpan(0, IvLength);
        var plain = new byte[length - IvLength];
        try
        {
            Ctr(iv, token.AsSpan(IvLength, length - IvLength), plain);
            Span<byte> mac = stackalloc byte[32];
            HMACSHA256.HashData(_macKey, plain, mac);
            if (!CryptographicOperations.FixedTimeEquals(mac[..IvLength], iv))
            {
                return false;
            }

            value = Decode(plain);
            return value is not null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    private static byte[] Encode(ReadOnlySpan<char> value)
    {
        var utf8 = new byte[1 + Encoding.UTF8.GetMaxByteCount(value.Length)];
        if (Utf8.FromUtf16(value, utf8.AsSpan(1), out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            utf8[0] = 0;
            var result = utf8.AsSpan(0, 1 + written).ToArray();
            CryptographicOperations.ZeroMemory(utf8);
            return result;
        }

        CryptographicOperations.ZeroMemory(utf8);
        var utf16 = new byte[1 + (value.Length * 2)];
        utf16[0] = 1;
        for (var i = 0; i < value.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(utf16.AsSpan(1 + (i * 2)), value[i]);
        }

        return utf16;
    }

    private static string? Decode(ReadOnlySpan<byte> plain)
    {
        if (plain[0] == 0)
        {
            return Encoding.UTF8.GetString(plain[1..]);
        }

        if (plain[0] != 1 || (plain.Length - 1) % 2 != 0)
        {
            return null;
        }

        return string.Create((plain.Length - 1) / 2, plain.ToArray(), static (chars, bytes) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(1 + (i * 2)));
            }
        });
    }

    /// <summary>AES-256-CTR with a 128-bit big-endian counter starting at <paramref name="iv"/>.</summary>
    private void Ctr(ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input, Span<byte> output)
    {
        var blocks = (input.Length + 15) / 16;
        var counters = new byte[blocks * 16];
        var stream = new byte[blocks * 16];
        try
        {
            var counter = new UInt128(BinaryPrimitives.ReadUInt64BigEndian(iv), BinaryPrimitives.ReadUInt64BigEndian(iv[8..]));
            for (var b = 0; b < blocks; b++)
            {
                BinaryPrimitives.WriteUInt128BigEndian(counters.AsSpan(b * 16), counter);
                counter++;
            }

            using var aes = Aes.Create();
            aes.Key = _encKey;
            aes.EncryptEcb(counters, stream, PaddingMode.None);
            for (var i = 0; i < input.Length; i++)
            {
                output[i] = (byte)(input[i] ^ stream[i]);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(stream);
        }
    }
}
