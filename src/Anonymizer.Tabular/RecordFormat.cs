namespace Anonymizer.Tabular;

/// <summary>The record formats read and written.</summary>
public enum RecordFormat
{
    /// <summary>Plain text, one record per line.</summary>
    Text,
    /// <summary>JSON Lines: one JSON object per line.</summary>
    Jsonl,
}

/// <summary>Chooses a <see cref="RecordFormat"/> from a name or a file extension.</summary>
public static class RecordFormats
{
    /// <summary>The names accepted by <see cref="Parse"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "jsonl"];

    /// <summary>Parses a format name (<c>text</c>, <c>txt</c>, <c>jsonl</c>, <c>ndjson</c>); null when unknown.</summary>
    public static RecordFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "text" or "txt" => RecordFormat.Text,
        "jsonl" or "ndjson" or "json" => RecordFormat.Jsonl,
        _ => null,
    };

    /// <summary>The format a path's extension implies (<c>.jsonl</c>, <c>.ndjson</c>, <c>.json</c> → JSONL; otherwise text).</summary>
    public static RecordFormat FromPath(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".jsonl" or ".ndjson" or ".json" ? RecordFormat.Jsonl : RecordFormat.Text;
    }
}
