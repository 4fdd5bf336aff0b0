using System.Text;
using Anonymizer.Tabular.Pipeline;
using CsvHelper;

namespace Anonymizer.Tabular.Formats;

/// <summary>One CSV row: its fields are the columns of the header.</summary>
public sealed class CsvRowRecord : TabularRecord
{
    private readonly string[] _header;
    private readonly string?[] _values;
    private readonly string _raw;

    /// <summary>Creates a row.</summary>
    public CsvRowRecord(string[] header, string?[] values, string raw, long index, long line, long byteCount, string? error)
    {
        _header = header;
        _values = values;
        _raw = raw;
        Index = index;
        Line = line;
        ByteCount = byteCount;
        Error = error;
    }

    /// <summary>The (rewritten) values, one per column.</summary>
    public IReadOnlyList<string?> Values => _values;

    /// <inheritdoc />
    public override string RawText => _raw;

    /// <inheritdoc />
    public override int FieldCount => _values.Length;

    /// <inheritdoc />
    public override string FieldName(int index) => _header[index];

    /// <inheritdoc />
    public override string? GetField(int index) => _values[index];

    /// <inheritdoc />
    public override void SetField(int index, string value) => _values[index] = value;

    /// <inheritdoc />
    public override void DropField(int index) => _values[index] = null;
}

/// <summary>
/// Reads CSV with a header row (RFC 4180 quoting, quoted line breaks allowed). A row with broken quoting or the wrong
/// number of fields becomes a record with an error (quarantined with its line number), never a silently repaired one.
/// </summary>
public sealed class CsvRecordSource : RecordSource
{
    private readonly CountingStream _stream;
    private readonly RecordFormatOptions _options;
    private readonly Func<long>? _progress;

    /// <summary>Creates the source over <paramref name="stream"/> (owned, decompressed).</summary>
    public CsvRecordSource(Stream stream, RecordFormatOptions options, Func<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _stream = new CountingStream(stream);
        _options = options;
        _progress = progress;
    }

    /// <summary>The header (after the first record was read).</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <inheritdoc />
    public override long BytesRead => _progress?.Invoke() ?? _stream.Count;

    /// <inheritdoc />
    public override IEnumerable<TabularRecord> Read()
    {
        var malformed = new Queue<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            Separator = _options.Delimiter,
            HasHeader = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => malformed.Enqueue(record),
            MaxRecordSize = (int)Math.Min(int.MaxValue, _options.MaxRecordBytes),
        };
        using var reader = CsvReader.Create(_stream, options, leaveOpen: true);
        reader.ReadHeader();
        var header = reader.Headers.ToArray();
        Header = header;
        long index = 0;
        while (true)
        {
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (CsvFormatException ex)
            {
                throw new RecordParseException($"unreadable CSV ({ex.GetType().Name})", ex);
            }

            while (malformed.TryDequeue(out var bad))
            {
                yield return new CsvRowRecord(header, [], bad.RawRecord, index++, bad.LineNumber, Encoding.UTF8.GetByteCount(bad.RawRecord) + 1, Describe(bad.Reason));
            }

            if (!more)
            {
                break;
            }

            var values = new string?[header.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.GetString(i);
            }

            var raw = reader.RawRecord;
            yield return new CsvRowRecord(header, values, Encoding.UTF8.GetString(raw), index++, reader.LineNumber, raw.Length + 1, null);
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "malformed CSV (a quote inside an unquoted field)",
        CsvMalformedReason.TextAfterClosingQuote => "malformed CSV (text after a closing quote)",
        CsvMalformedReason.UnterminatedQuote => "malformed CSV (a quoted field is never closed)",
        CsvMalformedReason.FieldCountMismatch => "malformed CSV (the number of fields differs from the header)",
        _ => $"malformed CSV ({reason})",
    };

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }
    }
}

/// <summary>Writes CSV rows under a header (RFC 4180 quoting, '\n' line ends), leaving out dropped columns.</summary>
public sealed class CsvRecordSink : RecordSink
{
    private readonly CsvWriter _writer;
    private readonly RecordFormatOptions _options;
    private bool[]? _keep;
    private bool _completed;

    /// <summary>Creates the sink over <paramref name="output"/> (not owned: the caller disposes it).</summary>
    public CsvRecordSink(Stream output, RecordFormatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _writer = CsvWriter.Create(output, new CsvWriterOptions { Separator = options.Delimiter, NewLine = "\n", Injection = CsvInjection.None }, leaveOpen: true);
    }

    /// <summary>Writes the header now (otherwise it is written before the first row; call this for an input without rows).</summary>
    public void WriteHeader(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (_keep is not null)
        {
            return;
        }

        _keep = new bool[header.Count];
        var names = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            _keep[i] = !_options.DroppedColumns.Contains(header[i]);
            if (_keep[i])
            {
                names.Add(header[i]);
            }
        }

        _writer.WriteHeader(names.ToArray());
    }

    /// <inheritdoc />
    public override void Write(TabularRecord record)
    {
        if (record is not CsvRowRecord row)
        {
            throw new ArgumentException($"A {record?.GetType().Name} cannot be written as CSV.", nameof(record));
        }

        if (_keep is null)
        {
            var header = new string[row.FieldCount];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = row.FieldName(i);
            }

            WriteHeader(header);
        }

        for (var i = 0; i < row.Values.Count; i++)
        {
            if (_keep![i])
            {
                _writer.WriteField(row.Values[i] ?? string.Empty);
            }
        }

        _writer.EndRecord();
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
            try
            {
                _writer.Dispose();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // The output is abandoned.
            }
        }
    }
}
