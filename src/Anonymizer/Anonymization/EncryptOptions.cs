namespace Anonymizer.Anonymization;

/// <summary>The kind of encryption of <see cref="EncryptStrategy"/>.</summary>
public enum EncryptionMode
{
    /// <summary>
    /// Deterministic authenticated encryption in a self-delimiting envelope <c>[[ENC:keyid:base64url]]</c> (default):
    /// the same value gives the same token, and <see cref="TextDecryptor"/> finds and restores every token in a text.
    /// </summary>
    Deterministic,

    /// <summary>
    /// FF1 format-preserving encryption of the digits (length and separators kept). For values of at least six digits
    /// and no letters; any other value falls back to <see cref="Deterministic"/>. Decrypt with
    /// <see cref="TextDecryptor.DecryptFormatPreserving"/> at a place you know holds such a value (e.g. a column).
    /// </summary>
    FormatPreserving,
}

/// <summary>Options of <see cref="EncryptStrategy"/>. Default: <see cref="EncryptionMode.Deterministic"/>.</summary>
public sealed record EncryptOptions
{
    /// <summary>The mode. Default <see cref="EncryptionMode.Deterministic"/>.</summary>
    public EncryptionMode Mode { get; init; } = EncryptionMode.Deterministic;
}
