using System.Text;
using System.Text.Json;

namespace Anonymizer.Tabular.Pipeline;

/// <summary>
/// Writes records that could not be processed, one JSON object per line: <c>{"line":N,"reason":"…","record":"…"}</c>.
/// The quarantine holds the raw record (it could not be anonymized): protect it like the input. Thread-safe.
/// </summary>
public sealed class QuarantineSink : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Func<TextWriter> _open;
    private readonly object _gate = new();
    private TextWriter? _writer;

    /// <summary>Creates a sink that opens its writer on the first entry (so an empty quarantine creates no file).</summary>
    public QuarantineSink(Func<TextWriter> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        _open = open;
    }

    /// <summary>Entries written.</summary>
    public long Count { get; private set; }

    /// <summary>Whether anything was written (the writer was opened).</summary>
    public bool Opened => _writer is not null;

    /// <summary>Writes one entry.</summary>
    public void Write(long line, string reason, string record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("line", line);
            json.WriteString("reason", reason);
            json.WriteString("record", record);
            json.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        lock (_gate)
        {
            var writer = _writer ??= _open();
            writer.Write(text);
            writer.Write('\n');
            Count++;
        }
    }

    /// <summary>
    /// Starts an entry whose raw record is streamed in pieces (a record too large to hold); the entry is complete when
    /// the returned object is disposed. Other entries wait until then.
    /// </summary>
    public QuarantineEntry Begin(long line, string reason)
    {
        Monitor.Enter(_gate);
        var writer = _writer ??= _open();
        writer.Write("{\"line\":");
        writer.Write(line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.Write(",\"reason\":");
        writer.Write(JsonSerializer.Serialize(reason, new JsonSerializerOptions { Encoder = Options.Encoder }));
        writer.Write(",\"record\":\"");
        return new QuarantineEntry(this, writer);
    }

    /// <summary>Flushes the writer.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            _writer?.Flush();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
        }
    }

    internal void End(TextWriter writer)
    {
        writer.Write("\"}\n");
        Count++;
        Monitor.Exit(_gate);
    }
}

/// <summary>An entry of a <see cref="QuarantineSink"/> whose raw record is streamed in pieces.</summary>
public sealed class QuarantineEntry : IDisposable
{
    private readonly QuarantineSink _sink;
    private readonly TextWriter _writer;
    private readonly Decoder _decoder = new UTF8Encoding(false, false).GetDecoder();
    private readonly char[] _chars = new char[8192];
    private bool _ended;

    internal QuarantineEntry(QuarantineSink sink, TextWriter writer)
    {
        _sink = sink;
        _writer = writer;
    }

    /// <summary>Appends raw bytes of the record (invalid UTF-8 becomes U+FFFD).</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var take = Math.Min(bytes.Length, 4096);
            var count = _decoder.GetChars(bytes[..take], _chars, flush: false);
            WriteEscaped(_chars.AsSpan(0, count));
            bytes = bytes[take..];
        }
    }

    /// <summary>Ends the entry.</summary>
    public void Dispose()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        var count = _decoder.GetChars(ReadOnlySpan<byte>.Empty, _chars, flush: true);
        WriteEscaped(_chars.AsSpan(0, count));
        _sink.End(_writer);
    }

    private void WriteEscaped(ReadOnlySpan<char> chars)
    {
        var start = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is '"' or '\\' || c < ' ')
            {
                _writer.Write(chars[start..i]);
                _writer.Write(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
                });
                start = i + 1;
            }
        }

        _writer.Write(chars[start..]);
    }
}
