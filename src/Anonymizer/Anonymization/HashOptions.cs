namespace Anonymizer.Anonymization;

/// <summary>The hash function of <see cref="HashStrategy"/>.</summary>
public enum HashAlgorithm
{
    /// <summary>HMAC-SHA256 with the user's key (default): the same value gives the same hash, linkable, not reversible without the key.</summary>
    HmacSha256,

    /// <summary>HMAC-SHA512 with the user's key.</summary>
    HmacSha512,

    /// <summary>SHA-256 of a fresh random 16-byte salt and the value: a different output every time (unlinkable), no key needed.</summary>
    Sha256Salted,
}

/// <summary>How <see cref="HashStrategy"/> writes the digest.</summary>
public enum HashEncoding
{
    /// <summary>Lower-case hexadecimal (default).</summary>
    Hex,

    /// <summary>Base64url without padding (RFC 4648 §5).</summary>
    Base64Url,
}

/// <summary>Options of <see cref="HashStrategy"/>. Defaults: HMAC-SHA256, hex, full length, no key-id prefix.</summary>
public sealed record HashOptions
{
    /// <summary>The hash function. Default <see cref="HashAlgorithm.HmacSha256"/>.</summary>
    public HashAlgorithm Algorithm { get; init; } = HashAlgorithm.HmacSha256;

    /// <summary>The output encoding. Default <see cref="HashEncoding.Hex"/>.</summary>
    public HashEncoding Encoding { get; init; } = HashEncoding.Hex;

    /// <summary>
    /// Keeps only the first this many characters of the encoded digest; <see langword="null"/> (default) keeps all.
    /// At least 8.
    /// </summary>
    public int? Length { get; init; }

    /// <summary>
    /// Writes the key id and a colon before the digest (<c>3fa2c1d0:9b…</c>), so hashes made under different keys
    /// (key rotation) can be told apart. Default <see langword="false"/>. Ignored by the unkeyed salted mode.
    /// </summary>
    public bool KeyIdPrefix { get; init; }

    /// <summary>The shortest <see cref="Length"/> allowed.</summary>
    public const int MinimumLength = 8;

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (Length is < MinimumLength)
        {
            throw new ArgumentOutOfRangeException(nameof(Length), Length, $"Length must be at least {MinimumLength}.");
        }

        if (!Enum.IsDefined(Algorithm))
        {
            throw new ArgumentOutOfRangeException(nameof(Algorithm), Algorithm, "Unknown hash algorithm.");
        }

        if (!Enum.IsDefined(Encoding))
        {
            throw new ArgumentOutOfRangeException(nameof(Encoding), Encoding, "Unknown hash encoding.");
        }
    }
}
