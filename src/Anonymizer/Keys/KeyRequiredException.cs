namespace Anonymizer.Keys;

/// <summary>
/// A keyed strategy (hash, pseudonymize, encrypt, shift-date) was asked for without a key. The message names the two
/// ways to give one: <c>--key-file FILE</c> and the <c>ANONYMIZER_KEY</c> environment variable.
/// </summary>
public sealed class KeyRequiredException : InvalidOperationException
{
    /// <summary>Creates the exception with the standard message for <paramref name="strategy"/>.</summary>
    public static KeyRequiredException For(string strategy) => new(AnonymizationKey.Describe(strategy));

    /// <summary>Creates the exception.</summary>
    public KeyRequiredException()
        : base(AnonymizationKey.Describe("keyed"))
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public KeyRequiredException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public KeyRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
