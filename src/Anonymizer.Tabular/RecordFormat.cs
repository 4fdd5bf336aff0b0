namespace Anonymizer.Tabular;

/// <summary>The record formats read and written.</summary>
public enum RecordFormat
{
    /// <summary>Plain text, one record per line (or one document per file).</summary>
    Text,
    /// <summary>JSON Lines: one JSON object per line.</summary>
    Jsonl,
    /// <summary>CSV with a header row, quoted per RFC 4180.</summary>
    Csv,
    /// <summary>Apache Parquet, read and written row group by row group.</summary>
    Parquet,
}

/// <summary>The compression of a file, chosen by its extension.</summary>
public enum Compression
{
    /// <summary>Not compressed.</summary>
    None,
    /// <summary>gzip (<c>.gz</c>).</summary>
    Gzip,
    /// <summary>Zstandard (<c>.zst</c>).</summary>
    Zstd,
}

/// <summary>Chooses a <see cref="RecordFormat"/> and <see cref="Compression"/> from a name or a file extension.</summary>
public static class RecordFormats
{
    /// <summary>The names accepted by <see cref="Parse"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "jsonl", "csv", "parquet"];

    /// <summary>Parses a format name (<c>text</c>, <c>txt</c>, <c>jsonl</c>, <c>ndjson</c>, <c>csv</c>, <c>parquet</c>); null when unknown.</summary>
    public static RecordFormat? Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToLowerInvariant() switch
        {
            "text" or "txt" => RecordFormat.Text,
            "jsonl" or "ndjson" or "json" => RecordFormat.Jsonl,
            "csv" => RecordFormat.Csv,
            "parquet" => RecordFormat.Parquet,
            _ => null,
        };
    }

    /// <summary>
    /// The format a path's extension implies, after removing a <c>.gz</c> or <c>.zst</c> suffix: <c>.jsonl</c>,
    /// <c>.ndjson</c>, <c>.json</c> → JSONL; <c>.csv</c> → CSV; <c>.parquet</c> → Parquet; otherwise text.
    /// </summary>
    public static RecordFormat FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(StripCompression(path)).ToLowerInvariant();
        return extension switch
        {
            ".jsonl" or ".ndjson" or ".json" => RecordFormat.Jsonl,
            ".csv" => RecordFormat.Csv,
            ".parquet" or ".pq" => RecordFormat.Parquet,
            _ => RecordFormat.Text,
        };
    }

    /// <summary>The compression a path's extension implies (<c>.gz</c>, <c>.zst</c>); '-' is never compressed.</summary>
    public static Compression CompressionFromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".gz" => Compression.Gzip,
            ".zst" or ".zstd" => Compression.Zstd,
            _ => Compression.None,
        };
    }

    /// <summary>The path without a <c>.gz</c>/<c>.zst</c> suffix.</summary>
    public static string StripCompression(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return CompressionFromPath(path) == Compression.None ? path : path[..^Path.GetExtension(path).Length];
    }
}
