using System.Text;
using Anonymizer.Tabular.Pipeline;

namespace Anonymizer.Tabular.Formats;

/// <summary>A plain text record: the line is its one field, named <c>text</c>.</summary>
public sealed class TextLineRecord : TabularRecord
{
    private readonly string? _raw;
    private string? _text;

    /// <summary>Creates the record from a line.</summary>
    public TextLineRecord(InputLine line, long index)
    {
        Index = index;
        Line = line.Number;
        ByteCount = line.ByteCount;
        Error = line.Error;
        AlreadyQuarantined = line.Streamed;
        _raw = line.Text ?? line.RawText;
        _text = line.Text;
    }

    /// <summary>The (rewritten) text.</summary>
    public string Text => _text ?? string.Empty;

    /// <inheritdoc />
    public override string RawText => _raw ?? string.Empty;

    /// <inheritdoc />
    public override int FieldCount => 1;

    /// <inheritdoc />
    public override string FieldName(int index) => "text";

    /// <inheritdoc />
    public override string? GetField(int index) => _text;

    /// <inheritdoc />
    public override void SetField(int index, string value) => _text = value;

    /// <inheritdoc />
    public override void DropField(int index) => _text = string.Empty;
}

/// <summary>A JSON Lines record: parsed on a worker; its fields are the configured paths or every string field.</summary>
public sealed class JsonlLineRecord : TabularRecord
{
    private readonly string? _raw;
    private readonly RecordFormatOptions _options;
    private JsonlRecord? _record;
    private string? _output;
    private bool _modified;
    private IReadOnlyList<FieldPath> _fields = [];

    /// <summary>Creates the record from a line.</summary>
    public JsonlLineRecord(InputLine line, long index, RecordFormatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Index = index;
        Line = line.Number;
        ByteCount = line.ByteCount;
        Error = line.Error;
        AlreadyQuarantined = line.Streamed;
        _raw = line.Text ?? line.RawText;
        _options = options;
    }

    /// <inheritdoc />
    public override string RawText => _raw ?? string.Empty;

    /// <summary>The parsed record (after <see cref="Parse"/>).</summary>
    public JsonlRecord Record => _record ?? throw new InvalidOperationException("The record has not been parsed.");

    /// <inheritdoc />
    public override void Parse()
    {
        _record = JsonlRecord.Parse(_raw ?? string.Empty);
        _fields = _options.AllStringFields ? _record.StringFieldPaths() : _options.TextFields;
        foreach (var dropped in _options.DroppedColumns)
        {
            _modified |= _record.Remove(Tabular.FieldPath.Parse(dropped));
        }
    }

    /// <inheritdoc />
    public override void Finish()
    {
        // A record nothing was changed in is written exactly as it was read.
        _output = _modified ? Record.ToJson() : _raw;
        _record = null;
        _fields = [];
    }

    /// <summary>The output line (after <see cref="Finish"/>).</summary>
    public string Output => _output ?? (_modified ? Record.ToJson() : _raw ?? string.Empty);

    /// <inheritdoc />
    public override int FieldCount => _fields.Count;

    /// <summary>The path of field <paramref name="index"/>.</summary>
    public FieldPath PathOf(int index) => _fields[index];

    /// <inheritdoc />
    public override string FieldName(int index) => _fields[index].Text;

    /// <inheritdoc />
    public override string? GetField(int index) => Record.GetString(_fields[index]);

    /// <inheritdoc />
    public override void SetField(int index, string value)
    {
        Record.SetString(_fields[index], value);
        _modified = true;
    }

    /// <inheritdoc />
    public override void DropField(int index) => _modified |= Record.Remove(_fields[index]);
}

/// <summary>Reads text or JSONL records line by line (see <see cref="LineReader"/>).</summary>
public sealed class LineRecordSource : RecordSource
{
    private readonly LineReader _reader;
    private readonly RecordFormatOptions _options;
    private readonly Stream _stream;

    /// <summary>Creates the source.</summary>
    /// <param name="stream">The decompressed input (owned).</param>
    /// <param name="options">Format settings.</param>
    /// <param name="quarantine">Where oversized records are streamed.</param>
    /// <param name="progress">Counts raw (possibly compressed) bytes, when given; otherwise decoded bytes are counted.</param>
    public LineRecordSource(Stream stream, RecordFormatOptions options, QuarantineSink? quarantine, Func<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _stream = stream;
        _options = options;
        _reader = new LineReader(stream, options.MaxRecordBytes, quarantine);
        _progress = progress;
    }

    private readonly Func<long>? _progress;

    /// <inheritdoc />
    public override long BytesRead => _progress?.Invoke() ?? _reader.BytesRead;

    /// <inheritdoc />
    public override IEnumerable<TabularRecord> Read()
    {
        long index = 0;
        foreach (var line in _reader.ReadLines())
        {
            yield return _options.Format == RecordFormat.Jsonl
                ? new JsonlLineRecord(line, index++, _options)
                : new TextLineRecord(line, index++);
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }
    }
}

/// <summary>Writes text or JSONL records, one per line, to a UTF-8 stream.</summary>
public sealed class LineRecordSink : RecordSink
{
    private readonly TextWriter _writer;
    private bool _completed;

    /// <summary>Creates the sink over <paramref name="output"/> (not owned: the caller disposes it).</summary>
    public LineRecordSink(Stream output) => _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);

    /// <inheritdoc />
    public override void Write(TabularRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        switch (record)
        {
            case TextLineRecord text:
                _writer.Write(text.Text);
                break;
            case JsonlLineRecord jsonl:
                _writer.Write(jsonl.Output);
                break;
            default:
                throw new ArgumentException($"A {record.GetType().Name} cannot be written as a line.", nameof(record));
        }

        _writer.Write('\n');
    }

    /// <inheritdoc />
    public override void Complete()
    {
        _writer.Flush();
        _completed = true;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_completed)
        {
            _completed = true;
            _writer.Dispose();
        }
    }
}
