namespace Anonymizer.Tabular;

/// <summary>
/// A record that cannot be processed (malformed JSON, a missing or non-text field, …). The message states the reason
/// and never contains the record's content.
/// </summary>
public sealed class RecordParseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RecordParseException(string reason)
        : base(reason)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RecordParseException(string reason, Exception inner)
        : base(reason, inner)
    {
    }
}
