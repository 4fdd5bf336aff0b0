using System.Reflection;
using Anonymizer.Tabular.Pipeline;
using Parquet;
using Parquet.Data;
using Parquet.Schema;

namespace Anonymizer.Tabular.Formats;

/// <summary>The columns of one Parquet row group, held while its rows are processed.</summary>
public sealed class ParquetRowGroup : IDisposable
{
    internal ParquetRowGroup(int ordinal, long rowCount, DataField[] fields, RawColumnData[] columns, string?[][] strings, int[][] rowOfValue)
    {
        Ordinal = ordinal;
        RowCount = rowCount;
        Fields = fields;
        Columns = columns;
        Strings = strings;
        RowOfValue = rowOfValue;
    }

    /// <summary>0-based number of the row group.</summary>
    public int Ordinal { get; }

    /// <summary>Rows in the group.</summary>
    public long RowCount { get; }

    internal DataField[] Fields { get; }

    internal RawColumnData[] Columns { get; }

    /// <summary>
    /// Per data field: the string values, or null for a non-string column. The non-null values come first, in a buffer
    /// that may hold a place for every entry of the column (the places past them are written back but never read).
    /// </summary>
    internal string?[][] Strings { get; }

    /// <summary>Per string field: the row of each non-null value.</summary>
    internal int[][] RowOfValue { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var column in Columns)
        {
            column.Dispose();
        }
    }
}

/// <summary>One Parquet row: its fields are the string values of its string columns.</summary>
public sealed class ParquetRowRecord : TabularRecord
{
    private readonly (int Column, int Value)[] _cells;

    internal ParquetRowRecord(ParquetRowGroup group, int row, (int Column, int Value)[] cells, long index, bool last)
    {
        Group = group;
        Row = row;
        _cells = cells;
        Index = index;
        Line = index + 1;
        IsLastInGroup = last;
    }

    /// <summary>The row group the row belongs to.</summary>
    public ParquetRowGroup Group { get; }

    /// <summary>0-based row within the group.</summary>
    public int Row { get; }

    /// <summary>Whether this is the last row of its group.</summary>
    public bool IsLastInGroup { get; }

    /// <inheritdoc />
    public override string RawText
    {
        get
        {
            var parts = new List<string>();
            foreach (var (column, value) in _cells)
            {
                parts.Add(Group.Fields[column].Path + "=" + Group.Strings[column]![value]);
            }

            return string.Join("; ", parts);
        }
    }

    /// <inheritdoc />
    public override int FieldCount => _cells.Length;

    /// <inheritdoc />
    public override string FieldName(int index) => Group.Fields[_cells[index].Column].Path.ToString();

    /// <inheritdoc />
    public override string? GetField(int index) => Group.Strings[_cells[index].Column]![_cells[index].Value];

    /// <inheritdoc />
    public override void SetField(int index, string value) => Group.Strings[_cells[index].Column]![_cells[index].Value] = value;

    /// <inheritdoc />
    public override void DropField(int index) => Group.Strings[_cells[index].Column]![_cells[index].Value] = string.Empty;
}

/// <summary>
/// Reads a Parquet file row group by row group: string columns become the fields of each row; every other column is
/// held as read (values, definition and repetition levels) and written back unchanged with its type.
/// </summary>
public sealed class ParquetRecordSource : RecordSource
{
    private readonly Stream _stream;
    private long _bytesRead;

    /// <summary>Creates the source over a seekable <paramref name="stream"/> (owned).</summary>
    public ParquetRecordSource(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("Parquet input must be seekable.", nameof(stream));
        }

        _stream = stream;
        Reader = ParquetReader.CreateAsync(stream, null, true, default).GetAwaiter().GetResult();

        // The reader decodes the schema lazily: decode it now, so a corrupt footer fails here, where the file is
        // opened and reported as unreadable, and not half-way through a run.
        _ = Reader.Schema.GetDataFields();
        _ = Reader.RowGroupCount;
    }

    /// <summary>The underlying reader (schema, metadata).</summary>
    public ParquetReader Reader { get; }

    /// <summary>The schema of the file.</summary>
    public ParquetSchema Schema => Reader.Schema;

    /// <inheritdoc />
    public override long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Whether a field holds text.</summary>
    public static bool IsString(DataField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);
    }

    /// <inheritdoc />
    public override IEnumerable<TabularRecord> Read()
    {
        var fields = Reader.Schema.GetDataFields();
        long index = 0;
        for (var g = 0; g < Reader.RowGroupCount; g++)
        {
            var group = ReadGroup(g, fields);
            var rows = (int)group.RowCount;
            var cellsPerRow = new List<(int, int)>[rows];
            for (var r = 0; r < rows; r++)
            {
                cellsPerRow[r] = [];
            }

            for (var f = 0; f < fields.Length; f++)
            {
                if (group.Strings[f] is null)
                {
                    continue;
                }

                var rowOf = group.RowOfValue[f];
                for (var v = 0; v < rowOf.Length; v++)
                {
                    cellsPerRow[rowOf[v]].Add((f, v));
                }
            }

            var groupBytes = Reader.Metadata?.RowGroups[g].TotalCompressedSize;
            for (var r = 0; r < rows; r++)
            {
                yield return new ParquetRowRecord(group, r, [.. cellsPerRow[r]], index++, r == rows - 1);
                cellsPerRow[r] = null!;
            }

            Interlocked.Add(ref _bytesRead, groupBytes ?? 0);
        }
    }

    private ParquetRowGroup ReadGroup(int ordinal, DataField[] fields)
    {
        ParquetRowGroup group;
        try
        {
            group = ReadGroupData(ordinal, fields);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or RecordParseException))
        {
            // A corrupt row group cannot be split into records to quarantine: the run stops, naming the group.
            throw new RecordParseException($"row group {ordinal} is not readable Parquet ({ex.GetType().Name})", ex);
        }

        return group;
    }

    private ParquetRowGroup ReadGroupData(int ordinal, DataField[] fields)
    {
        using var reader = Reader.OpenRowGroupReader(ordinal);
        var rowCount = reader.RowCount;
        var columns = new RawColumnData[fields.Length];
        var strings = new string?[fields.Length][];
        var rowOf = new int[fields.Length][];
        try
        {
            for (var f = 0; f < fields.Length; f++)
            {
                var field = fields[f];
                columns[f] = reader.ReadRawColumnDataBaseAsync(field, default).AsTask().GetAwaiter().GetResult();
                if (ParquetColumnShape.Problem(field, columns[f], rowCount) is { } problem)
                {
                    // Column names are the schema's, never a value.
                    throw new RecordParseException($"row group {ordinal} is not readable Parquet (column '{field.Path}' holds {problem})");
                }

                if (IsString(field) && columns[f] is RawColumnData<ReadOnlyMemory<char>> text)
                {
                    var values = text.Values;
                    var array = new string?[values.Length];
                    for (var v = 0; v < values.Length; v++)
                    {
                        array[v] = values[v].ToString();
                    }

                    strings[f] = array;
                    rowOf[f] = RowsOfValues(columns[f], field, values.Length);
                }
            }
        }
        catch
        {
            // The columns read so far hold pooled buffers.
            foreach (var column in columns)
            {
                column?.Dispose();
            }

            throw;
        }

        return new ParquetRowGroup(ordinal, rowCount, fields, columns, strings!, rowOf);
    }

    internal static int[] RowsOfValues(RawColumnData column, DataField field, int valueCount)
    {
        var result = new int[valueCount];
        if (field.MaxRepetitionLevel == 0 && field.MaxDefinitionLevel == 0)
        {
            for (var v = 0; v < valueCount; v++)
            {
                result[v] = v;
            }

            return result;
        }

        var definitions = field.MaxDefinitionLevel > 0 ? column.DefinitionLevels : default;
        var repetitions = field.MaxRepetitionLevel > 0 ? column.RepetitionLevels : default;
        var entries = Math.Max(definitions.Length, repetitions.Length);
        var row = -1;
        var value = 0;
        for (var e = 0; e < entries; e++)
        {
            if (repetitions.IsEmpty || repetitions[e] == 0)
            {
                row++;
            }

            if (definitions.IsEmpty || definitions[e] == field.MaxDefinitionLevel)
            {
                result[value++] = row;
            }
        }

        // The values come first in a buffer with a place per entry: the places past them belong to no row.
        return value == valueCount ? result : result[..value];
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _stream.Dispose();
        }
    }
}

/// <summary>
/// Writes Parquet rows back row group by row group with the input's schema (minus dropped top-level columns): string
/// columns get the rewritten values, other columns pass through with their types; excluded rows are left out.
/// </summary>
public sealed class ParquetRecordSink : RecordSink
{
    private static readonly MethodInfo CopyMethod = typeof(ParquetRecordSink).GetMethod(nameof(CopyColumnAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private readonly Stream _output;
    private readonly ParquetSchema _schema;
    private readonly ParquetWriter _writer;
    private readonly List<bool> _keepRows = [];
    private ParquetRowGroup? _group;
    private bool _completed;

    /// <summary>Creates the sink over <paramref name="output"/> (not owned: the caller disposes it).</summary>
    public ParquetRecordSink(Stream output, ParquetSchema inputSchema, RecordFormatOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputSchema);
        ArgumentNullException.ThrowIfNull(options);
        _output = output;
        var kept = new List<Field>();
        foreach (var field in inputSchema.Fields)
        {
            if (!options.DroppedColumns.Contains(field.Name))
            {
                kept.Add(field);
            }
        }

        _schema = new ParquetSchema(kept);
        _writer = ParquetWriter.CreateAsync(_schema, output, null, false, default).GetAwaiter().GetResult();
    }

    /// <summary>Notes a row that is not written (excluded or quarantined), so its group can still be completed.</summary>
    public void Skip(TabularRecord record)
    {
        if (record is ParquetRowRecord row)
        {
            Add(row, false);
        }
    }

    /// <inheritdoc />
    public override void Write(TabularRecord record)
    {
        if (record is not ParquetRowRecord row)
        {
            throw new ArgumentException($"A {record?.GetType().Name} cannot be written as Parquet.", nameof(record));
        }

        Add(row, true);
    }

    private void Add(ParquetRowRecord row, bool keep)
    {
        _group ??= row.Group;
        _keepRows.Add(keep);
        if (row.IsLastInGroup)
        {
            Flush();
        }
    }

    private void Flush()
    {
        var group = _group!;
        var keep = _keepRows.ToArray();
        _group = null;
        _keepRows.Clear();
        using (var rowGroup = _writer.CreateRowGroup())
        {
            var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var f = 0; f < group.Fields.Length; f++)
            {
                byPath[group.Fields[f].Path.ToString()] = f;
            }

            foreach (var field in _schema.GetDataFields())
            {
                var f = byPath[field.Path.ToString()];
                var column = group.Columns[f];
                Task task;
                if (group.Strings[f] is { } strings)
                {
                    var values = new ReadOnlyMemory<char>[strings.Length];
                    for (var v = 0; v < values.Length; v++)
                    {
                        values[v] = (strings[v] ?? string.Empty).AsMemory();
                    }

                    task = CopyColumnAsync(rowGroup, field, group.Fields[f], column, values, keep);
                }
                else
                {
                    var type = column.GetType().GetGenericArguments()[0];
                    task = (Task)CopyMethod.MakeGenericMethod(type).Invoke(null, [rowGroup, field, group.Fields[f], column, null, keep])!;
                }

                task.GetAwaiter().GetResult();
            }

            rowGroup.CompleteValidate();
        }

        group.Dispose();
    }

    private static Task CopyColumnAsync<T>(ParquetRowGroupWriter rowGroup, DataField target, DataField source, RawColumnData column, T[]? replacement, bool[] keepRows)
        where T : struct
    {
        var raw = (RawColumnData<T>)column;
        var values = replacement ?? raw.Values.ToArray();
        var definitions = source.MaxDefinitionLevel > 0 ? column.DefinitionLevels.ToArray() : null;
        var repetitions = source.MaxRepetitionLevel > 0 ? column.RepetitionLevels.ToArray() : null;
        if (Array.IndexOf(keepRows, false) >= 0)
        {
            (values, definitions, repetitions) = FilterRows(values, definitions, repetitions, source.MaxDefinitionLevel, keepRows);
        }

        return rowGroup.WriteAllPartsAsync<T>(
            target,
            (ReadOnlyMemory<T>)values,
            definitions is null ? null : (ReadOnlyMemory<int>?)definitions,
            repetitions is null ? null : (ReadOnlyMemory<int>?)repetitions,
            default);
    }

    private static (T[] Values, int[]? Definitions, int[]? Repetitions) FilterRows<T>(T[] values, int[]? definitions, int[]? repetitions, int maxDefinition, bool[] keepRows)
    {
        var keptValues = new List<T>(values.Length);
        var keptDefinitions = definitions is null ? null : new List<int>(definitions.Length);
        var keptRepetitions = repetitions is null ? null : new List<int>(repetitions.Length);
        var entries = definitions?.Length ?? repetitions?.Length ?? values.Length;
        var row = -1;
        var value = 0;
        for (var e = 0; e < entries; e++)
        {
            if (repetitions is null || repetitions[e] == 0)
            {
                row++;
            }

            var hasValue = definitions is null || definitions[e] == maxDefinition;
            if (keepRows[row])
            {
                if (hasValue)
                {
                    keptValues.Add(values[value]);
                }

                keptDefinitions?.Add(definitions![e]);
                keptRepetitions?.Add(repetitions![e]);
            }

            if (hasValue)
            {
                value++;
            }
        }

        return ([.. keptValues], keptDefinitions?.ToArray(), keptRepetitions?.ToArray());
    }

    /// <inheritdoc />
    public override void Complete()
    {
        if (_group is not null)
        {
            Flush();
        }

        _completed = true;
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _output.Flush();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_completed)
        {
            _completed = true;
            try
            {
                _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (IOException)
            {
                // The output is abandoned.
            }
        }
    }
}
