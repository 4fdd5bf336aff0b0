using System.Buffers;
using Anonymizer.Keys;

namespace Anonymizer.Anonymization;

/// <summary>
/// Reversible anonymization with the user's key. The default, deterministic mode writes
/// <c>[[ENC:&lt;keyid&gt;:&lt;base64url&gt;]]</c>: a synthetic-IV authenticated encryption of the value (HMAC-SHA256 IV,
/// AES-256-CTR), the same value giving the same token; <see cref="TextDecryptor"/> restores the original text exactly.
/// The format-preserving mode encrypts the digits with FF1 and keeps the shape (see <see cref="EncryptionMode"/>).
/// </summary>
public sealed class EncryptStrategy : AnonymizationStrategy
{
    private readonly DeterministicCipher _cipher;
    private readonly FormatPreservingCipher? _fpe;

    /// <summary>Creates the strategy.</summary>
    /// <param name="key">The key (required).</param>
    /// <param name="options">The options; <see langword="null"/> for the deterministic envelope.</param>
    /// <exception cref="KeyRequiredException">No key was given.</exception>
    public EncryptStrategy(AnonymizationKey? key, EncryptOptions? options = null)
    {
        Options = options ?? new EncryptOptions();
        if (!Enum.IsDefined(Options.Mode))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.Mode, "Unknown encryption mode.");
        }

        if (key is null)
        {
            throw KeyRequiredException.For("encrypt");
        }

        _cipher = new DeterministicCipher(key);
        _fpe = Options.Mode == EncryptionMode.FormatPreserving ? new FormatPreservingCipher(key) : null;
    }

    /// <summary>The options.</summary>
    public EncryptOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "encrypt";

    /// <inheritdoc />
    public override void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output)
    {
        if (_fpe is not null && FormatPreservingCipher.Accepts(value))
        {
            _fpe.Transform(value, encrypt: true, output);
            return;
        }

        _cipher.WriteEnvelope(value, output);
    }
}
