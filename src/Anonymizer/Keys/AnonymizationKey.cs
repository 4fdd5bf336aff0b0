using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Anonymizer.Keys;

/// <summary>
/// The secret key of the keyed strategies (hash, pseudonymize, encrypt, shift-date). At least 256 bits; there is no
/// default key anywhere. The key never appears in <see cref="ToString"/>, exceptions or logs: reports show
/// <see cref="KeyId"/>, a short non-reversible id derived from it. Each purpose gets its own sub-key derived with HKDF,
/// so a hash never reveals anything about a pseudonym or a ciphertext. Dispose the key to zero its bytes.
/// </summary>
public sealed class AnonymizationKey : IDisposable
{
    /// <summary>The environment variable read by <see cref="FromEnvironment"/> by default: <c>ANONYMIZER_KEY</c>.</summary>
    public const string EnvironmentVariable = "ANONYMIZER_KEY";

    /// <summary>The smallest key accepted, in bytes (256 bits).</summary>
    public const int MinimumLengthInBytes = 32;

    /// <summary>How a user gives a key; named by every error about a missing or bad key.</summary>
    internal const string HowToGiveAKey = "give one with --key-file FILE or the ANONYMIZER_KEY environment variable (base64, at least 256 bits)";

    private readonly byte[] _key;
    private bool _disposed;

    private AnonymizationKey(byte[] ownedKey)
    {
        _key = ownedKey;
        KeyId = ComputeKeyId(ownedKey);
    }

    /// <summary>
    /// A short id of the key: the first 8 hex digits of HMAC-SHA256(key, "key-id"). It tells keys apart in reports and
    /// token prefixes (key rotation) and reveals nothing about the key.
    /// </summary>
    public string KeyId { get; }

    /// <summary>Creates a key from raw bytes (copied; at least 32 bytes).</summary>
    /// <exception cref="ArgumentException">The key is shorter than 256 bits.</exception>
    public static AnonymizationKey FromBytes(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumLengthInBytes)
        {
            throw new ArgumentException(
                $"The key has {key.Length * 8} bits; at least {MinimumLengthInBytes * 8} are needed ({MinimumLengthInBytes} random bytes).",
                nameof(key));
        }

        return new AnonymizationKey(key.ToArray());
    }

    /// <summary>Creates a key from its base64 (or base64url) text; surrounding white space is ignored.</summary>
    /// <exception cref="ArgumentException">The text is not base64 or decodes to fewer than 256 bits.</exception>
    public static AnonymizationKey FromBase64(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        var bytes = DecodeBase64(base64.AsSpan().Trim());
        if (bytes is null)
        {
            throw new ArgumentException("The key is not valid base64.", nameof(base64));
        }

        try
        {
            return FromBytes(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>
    /// Reads a key from a file: its text is the base64 (or base64url) of the key, white space around it ignored. A file
    /// that is not ASCII text (a binary file of random bytes) is taken as the raw key bytes.
    /// </summary>
    /// <exception cref="ArgumentException">The file holds fewer than 256 bits, or text that is not base64.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static AnonymizationKey FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var raw = File.ReadAllBytes(path);
        char[]? chars = null;
        byte[]? decoded = null;
        try
        {
            if (Ascii.IsValid(raw))
            {
                // Text must be base64: a typo must not silently turn into a different raw key.
                chars = new char[raw.Length];
                Encoding.ASCII.GetChars(raw, chars);
                decoded = DecodeBase64(chars.AsSpan().Trim())
                    ?? throw new ArgumentException($"The key file '{path}' holds text that is not base64.", nameof(path));
            }

            var key = decoded ?? raw;
            if (key.Length < MinimumLengthInBytes)
            {
                throw new ArgumentException(
                    $"The key file '{path}' holds a key of {key.Length * 8} bits; at least {MinimumLengthInBytes * 8} are needed.",
                    nameof(path));
            }

            return new AnonymizationKey(key.ToArray());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(raw);
            if (decoded is not null)
            {
                CryptographicOperations.ZeroMemory(decoded);
            }

            if (chars is not null)
            {
                Array.Clear(chars);
            }
        }
    }

    /// <summary>Reads the base64 key from an environment variable (default <c>ANONYMIZER_KEY</c>).</summary>
    /// <exception cref="KeyRequiredException">The variable is not set.</exception>
    /// <exception cref="ArgumentException">Its value is not base64 of at least 256 bits.</exception>
    public static AnonymizationKey FromEnvironment(string variable = EnvironmentVariable) =>
        TryFromEnvironment(variable)
        ?? throw new KeyRequiredException($"The environment variable {variable} is not set; {HowToGiveAKey}.");

    /// <summary>Reads the base64 key from an environment variable, or returns null when it is not set or empty.</summary>
    /// <exception cref="ArgumentException">Its value is not base64 of at least 256 bits.</exception>
    public static AnonymizationKey? TryFromEnvironment(string variable = EnvironmentVariable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return FromBase64(value);
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"The environment variable {variable} does not hold a base64 key of at least {MinimumLengthInBytes * 8} bits.", nameof(variable));
        }
    }

    /// <summary>Creates a new random 256-bit key (for samples and key generation; store it yourself).</summary>
    public static AnonymizationKey Generate()
    {
        var bytes = RandomNumberGenerator.GetBytes(MinimumLengthInBytes);
        return new AnonymizationKey(bytes);
    }

    /// <summary>The key as base64, to store it (e.g. in a key file). Handle the result as the secret it is.</summary>
    public string ExportBase64()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Convert.ToBase64String(_key);
    }

    /// <summary>
    /// Derives an independent sub-key for one purpose with HKDF-SHA256 (info <c>anonymizer/v1/{purpose}</c>). The caller
    /// owns the result.
    /// </summary>
    internal byte[] Derive(string purpose, int length = 32)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var info = Encoding.UTF8.GetBytes("anonymizer/v1/" + purpose);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, length, salt: [], info: info);
    }

    /// <summary>Shows the key id only, never the key.</summary>
    public override string ToString() => $"AnonymizationKey(id {KeyId})";

    /// <summary>Zeroes the key bytes. Strategies built from the key keep their own derived sub-keys.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            CryptographicOperations.ZeroMemory(_key);
            _disposed = true;
        }
    }

    private static string ComputeKeyId(byte[] key)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, "key-id"u8, mac);
        var id = Convert.ToHexStringLower(mac[..4]);
        CryptographicOperations.ZeroMemory(mac);
        return id;
    }

    private static byte[]? DecodeBase64(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        // Accept base64url too, and missing padding.
        var buffer = new char[text.Length + 3];
        try
        {
            var n = 0;
            foreach (var c in text)
            {
                buffer[n++] = c switch { '-' => '+', '_' => '/', _ => c };
            }

            while (n % 4 != 0 && n < buffer.Length)
            {
                buffer[n++] = '=';
            }

            var bytes = new byte[n / 4 * 3];
            if (Convert.TryFromBase64Chars(buffer.AsSpan(0, n), bytes, out var written))
            {
                var result = bytes.AsSpan(0, written).ToArray();
                CryptographicOperations.ZeroMemory(bytes);
                return result;
            }

            CryptographicOperations.ZeroMemory(bytes);
            return null;
        }
        finally
        {
            Array.Clear(buffer);
        }
    }

    internal static string Describe(string strategy) =>
        string.Create(CultureInfo.InvariantCulture, $"The '{strategy}' strategy needs a key: {HowToGiveAKey}.");
}
