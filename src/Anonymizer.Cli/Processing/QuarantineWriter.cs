using System.Text.Json;

namespace Anonymizer.Cli.Processing;

/// <summary>
/// Writes records that could not be processed, one JSON object per line: <c>{"line":N,"reason":"…","record":"…"}</c>.
/// The quarantine holds the raw record (it could not be anonymized): protect it like the input.
/// </summary>
internal sealed class QuarantineWriter(TextWriter writer) : IDisposable
{
    public void Write(long lineNumber, string reason, string record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("line", lineNumber);
            json.WriteString("reason", reason);
            json.WriteString("record", record);
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }

    public void Dispose() => writer.Dispose();
}
