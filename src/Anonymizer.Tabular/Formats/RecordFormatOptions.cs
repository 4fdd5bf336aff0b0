using Anonymizer.Tabular.Pipeline;

namespace Anonymizer.Tabular.Formats;

/// <summary>How records are read and written: the format and its settings.</summary>
public sealed record RecordFormatOptions
{
    /// <summary>The format.</summary>
    public RecordFormat Format { get; init; } = RecordFormat.Text;

    /// <summary>JSONL: the fields scanned (default <c>text</c>).</summary>
    public IReadOnlyList<FieldPath> TextFields { get; init; } = [FieldPath.Parse("text")];

    /// <summary>JSONL: scan every string field instead of <see cref="TextFields"/>.</summary>
    public bool AllStringFields { get; init; }

    /// <summary>CSV: the field separator (default ',').</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Line-based formats: the size limit of one record, in bytes.</summary>
    public long MaxRecordBytes { get; init; } = LineReader.DefaultMaxRecordBytes;

    /// <summary>Columns (CSV, Parquet) or fields (JSONL) removed from the output.</summary>
    public IReadOnlySet<string> DroppedColumns { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>Reads records of one format.</summary>
public abstract class RecordSource : IDisposable
{
    /// <summary>Input bytes consumed so far (for progress); approximate for compressed or columnar input.</summary>
    public abstract long BytesRead { get; }

    /// <summary>The records, in input order (enumerated once, on one thread).</summary>
    public abstract IEnumerable<TabularRecord> Read();

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the input.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}

/// <summary>Writes records of one format, in order.</summary>
public abstract class RecordSink : IDisposable
{
    /// <summary>Writes one processed record (never a quarantined or excluded one).</summary>
    public abstract void Write(TabularRecord record);

    /// <summary>Finishes the output (footer, flush).</summary>
    public abstract void Complete();

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the output.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
