namespace Anonymizer.Tabular.Pipeline;

/// <summary>
/// One record flowing through the corpus pipeline: read by a format reader, parsed and rewritten by a worker
/// (fields are read and replaced by index), then written in input order. A record whose <see cref="Error"/> is set
/// goes to the quarantine instead of the output; an <see cref="Excluded"/> one is left out and counted.
/// </summary>
public abstract class TabularRecord
{
    /// <summary>0-based position of the record in the input.</summary>
    public long Index { get; init; }

    /// <summary>1-based line (or row) number where the record starts in the input.</summary>
    public long Line { get; init; }

    /// <summary>Bytes of input the record occupied (for throughput).</summary>
    public long ByteCount { get; init; }

    /// <summary>Why the record cannot be processed; null when it can.</summary>
    public string? Error { get; set; }

    /// <summary>Whether the raw record was already copied to the quarantine while reading (oversized records).</summary>
    public bool AlreadyQuarantined { get; init; }

    /// <summary>Whether the record is left out of the output (opt-out subjects).</summary>
    public bool Excluded { get; set; }

    /// <summary>Whatever the processing step attaches for the writing step (e.g. a detection line, statistics).</summary>
    public object? Result { get; set; }

    /// <summary>The raw record as text, for the quarantine.</summary>
    public abstract string RawText { get; }

    /// <summary>Parses the record (on a worker thread).</summary>
    /// <exception cref="RecordParseException">The record cannot be processed.</exception>
    public virtual void Parse()
    {
    }

    /// <summary>
    /// Called on the worker after the record was processed, to do the expensive part of writing it (e.g. serializing
    /// JSON) in parallel.
    /// </summary>
    public virtual void Finish()
    {
    }

    /// <summary>Number of text fields (after <see cref="Parse"/>).</summary>
    public abstract int FieldCount { get; }

    /// <summary>The name (column or field path) of field <paramref name="index"/>.</summary>
    public abstract string FieldName(int index);

    /// <summary>The text of field <paramref name="index"/>; null when absent or null.</summary>
    /// <exception cref="RecordParseException">The field exists but is not text.</exception>
    public abstract string? GetField(int index);

    /// <summary>Replaces the text of field <paramref name="index"/>.</summary>
    public abstract void SetField(int index, string value);

    /// <summary>Removes field <paramref name="index"/> from the output record.</summary>
    public abstract void DropField(int index);
}
