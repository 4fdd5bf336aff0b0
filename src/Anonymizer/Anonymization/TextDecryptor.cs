using System.Buffers;
using System.Security.Cryptography;
using Anonymizer.Keys;

namespace Anonymizer.Anonymization;

/// <summary>
/// Undoes <see cref="EncryptStrategy"/>: finds every <c>[[ENC:&lt;keyid&gt;:&lt;base64url&gt;]]</c> token in a text and
/// writes back the original value, so the original text is restored exactly. Give every key the text was made with
/// (key rotation): each token names the id of its key. A token whose key is missing, or that fails authentication
/// (altered), stops decryption with a <see cref="CryptographicException"/> that names its offset and key id, never its
/// content. Text that merely resembles an envelope (wrong shape) is copied as it is. Immutable and thread-safe.
/// </summary>
public sealed class TextDecryptor
{
    private readonly Dictionary<string, DeterministicCipher> _ciphers = new(StringComparer.Ordinal);
    private readonly FormatPreservingCipher _fpe;

    /// <summary>Creates a decryptor.</summary>
    /// <param name="keys">The keys; the first one also decrypts format-preserving values.</param>
    /// <exception cref="KeyRequiredException">No key was given.</exception>
    public TextDecryptor(params IEnumerable<AnonymizationKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        FormatPreservingCipher? fpe = null;
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key);
            _ciphers.TryAdd(key.KeyId, new DeterministicCipher(key));
            fpe ??= new FormatPreservingCipher(key);
        }

        _fpe = fpe ?? throw KeyRequiredException.For("decrypt");
    }

    /// <summary>Restores every token in <paramref name="text"/>.</summary>
    public string Decrypt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(DeterministicCipher.EnvelopeStart, StringComparison.Ordinal))
        {
            return text;
        }

        var buffer = new ArrayBufferWriter<char>(text.Length);
        Decrypt(text, buffer);
        return buffer.WrittenSpan.ToString();
    }

    /// <summary>Restores every token in <paramref name="text"/> into <paramref name="output"/>; returns how many were restored.</summary>
    public int Decrypt(ReadOnlySpan<char> text, IBufferWriter<char> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var restored = 0;
        var offset = 0;
        while (true)
        {
            var at = text.IndexOf(DeterministicCipher.EnvelopeStart, StringComparison.Ordinal);
            if (at < 0)
            {
                output.Write(text);
                return restored;
            }

            output.Write(text[..at]);
            var rest = text[(at + DeterministicCipher.EnvelopeStart.Length)..];
            if (TryParse(rest, out var keyId, out var body, out var consumed))
            {
                if (!_ciphers.TryGetValue(keyId.ToString(), out var cipher))
                {
                    throw new CryptographicException(
                        $"The token at offset {offset + at} was made with key id {keyId}, but no key with that id was given (given: {string.Join(", ", _ciphers.Keys)}).");
                }

                if (!cipher.TryOpen(body, out var value))
                {
                    throw new CryptographicException(
                        $"The token at offset {offset + at} (key id {keyId}) failed authentication: it was altered or is not a token.");
                }

                output.Write(value);
                restored++;
                var skip = at + DeterministicCipher.EnvelopeStart.Length + consumed;
                text = text[skip..];
                offset += skip;
            }
            else
            {
                output.Write(text.Slice(at, 1));
                text = text[(at + 1)..];
                offset += at + 1;
            }
        }
    }

    /// <summary>Decrypts a value written by the format-preserving mode (with the first key).</summary>
    public string DecryptFormatPreserving(ReadOnlySpan<char> value)
    {
        if (!FormatPreservingCipher.Accepts(value))
        {
            throw new ArgumentException($"A format-preserving value has at least {FormatPreservingCipher.MinimumDigits} digits and no letters.", nameof(value));
        }

        var buffer = new ArrayBufferWriter<char>(value.Length);
        _fpe.Transform(value, encrypt: false, buffer);
        return buffer.WrittenSpan.ToString();
    }

    /// <summary>Parses <c>keyid:body]]</c> (after the envelope start); key ids are 8 lower-case hex digits.</summary>
    private static bool TryParse(ReadOnlySpan<char> rest, out ReadOnlySpan<char> keyId, out ReadOnlySpan<char> body, out int consumed)
    {
        keyId = body = default;
        consumed = 0;
        if (rest.Length < 9 + 1 + DeterministicCipher.EnvelopeEnd.Length || rest[8] != ':')
        {
            return false;
        }

        foreach (var c in rest[..8])
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var i = 9;
        while (i < rest.Length && (char.IsAsciiLetterOrDigit(rest[i]) || rest[i] is '-' or '_'))
        {
            i++;
        }

        if (i == 9 || !rest[i..].StartsWith(DeterministicCipher.EnvelopeEnd, StringComparison.Ordinal))
        {
            return false;
        }

        keyId = rest[..8];
        body = rest[9..i];
        consumed = i + DeterministicCipher.EnvelopeEnd.Length;
        return true;
    }
}
