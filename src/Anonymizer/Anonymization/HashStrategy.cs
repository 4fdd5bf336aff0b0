using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Anonymizer.Keys;

namespace Anonymizer.Anonymization;

/// <summary>
/// Replaces a value by a hash of its UTF-8 bytes. Keyed (HMAC-SHA256 or HMAC-SHA512 with a sub-key derived from the
/// user's key for the purpose <c>hash</c>): the same value gives the same hash in every document, run and machine with
/// the same key, so joins still work, and nobody without the key can test guesses. The unkeyed mode hashes with a
/// fresh random salt per value and is therefore unlinkable (Presidio's default behaviour).
/// </summary>
public sealed class HashStrategy : AnonymizationStrategy
{
    private readonly byte[]? _key;
    private readonly string? _keyId;

    /// <summary>Creates a hash strategy.</summary>
    /// <param name="key">The key; required by the HMAC modes, not used by <see cref="HashAlgorithm.Sha256Salted"/>.</param>
    /// <param name="options">The options; <see langword="null"/> for HMAC-SHA256 in hex.</param>
    /// <exception cref="KeyRequiredException">A keyed mode was asked for without a key.</exception>
    public HashStrategy(AnonymizationKey? key, HashOptions? options = null)
    {
        Options = options ?? new HashOptions();
        Options.Validate();
        if (Options.Algorithm != HashAlgorithm.Sha256Salted)
        {
            if (key is null)
            {
                throw KeyRequiredException.For("hash");
            }

            _key = key.Derive("hash");
            _keyId = key.KeyId;
        }
    }

    /// <summary>The options.</summary>
    public HashOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "hash";

    /// <inheritdoc />
    public override void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        var rented = ArrayPool<byte>.Shared.Rent(byteCount + 16);
        Span<byte> digest = stackalloc byte[64];
        try
        {
            int digestLength;
            switch (Options.Algorithm)
            {
                case HashAlgorithm.HmacSha512:
                    digestLength = HMACSHA512.HashData(_key!, rented.AsSpan(0, Encoding.UTF8.GetBytes(value, rented)), digest);
                    break;
                case HashAlgorithm.Sha256Salted:
                    RandomNumberGenerator.Fill(rented.AsSpan(0, 16));
                    var n = Encoding.UTF8.GetBytes(value, rented.AsSpan(16));
                    digestLength = SHA256.HashData(rented.AsSpan(0, 16 + n), digest);
                    break;
                default:
                    digestLength = HMACSHA256.HashData(_key!, rented.AsSpan(0, Encoding.UTF8.GetBytes(value, rented)), digest);
                    break;
            }

            if (Options.KeyIdPrefix && _keyId is not null)
            {
                output.Write(_keyId);
                output.Write(":");
            }

            Span<char> text = stackalloc char[128];
            int length;
            if (Options.Encoding == HashEncoding.Base64Url)
            {
                length = Base64Url.EncodeToChars(digest[..digestLength], text);
            }
            else
            {
                Convert.TryToHexStringLower(digest[..digestLength], text, out length);
            }

            output.Write(text[..Math.Min(length, Options.Length ?? length)]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(rented.AsSpan(0, byteCount + 16));
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
