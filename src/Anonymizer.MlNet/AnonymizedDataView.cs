using Microsoft.ML;
using Microsoft.ML.Data;

namespace Anonymizer.MlNet;

/// <summary>
/// The lazy output of <see cref="AnonymizeTextTransformer.Transform"/>: nothing is materialized; each cursor
/// anonymizes a cell when its getter is called. Cursor sets (ML.NET's parallel cursors) wrap the source's cursor set
/// one to one, and each cursor keeps its own state, so they run on separate threads safely.
/// </summary>
internal sealed class AnonymizedDataView(IDataView source, AnonymizeTextColumns.Bindings bindings) : IDataView
{
    public bool CanShuffle => source.CanShuffle;

    public DataViewSchema Schema => bindings.Output;

    public long? GetRowCount() => source.GetRowCount();

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null)
    {
        var inputColumns = bindings.InputColumnsFor(columnsNeeded, out var active);
        return new AnonymizingCursor(bindings, source.GetRowCursor(inputColumns, rand), active, cache: true);
    }

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null)
    {
        var inputColumns = bindings.InputColumnsFor(columnsNeeded, out var active);
        var inputs = source.GetRowCursorSet(inputColumns, n, rand);
        var result = new DataViewRowCursor[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            result[i] = new AnonymizingCursor(bindings, inputs[i], (bool[])active.Clone(), cache: true);
        }

        return result;
    }
}

/// <summary><see cref="IRowToRowMapper"/> of the transformer (used by prediction engines).</summary>
internal sealed class AnonymizingRowMapper(AnonymizeTextColumns.Bindings bindings) : IRowToRowMapper
{
    public DataViewSchema InputSchema => bindings.Input;

    public DataViewSchema OutputSchema => bindings.Output;

    public IEnumerable<DataViewSchema.Column> GetDependencies(IEnumerable<DataViewSchema.Column> dependingColumns) =>
        bindings.InputColumnsFor(dependingColumns, out _);

    public DataViewRow GetRow(DataViewRow input, IEnumerable<DataViewSchema.Column> activeColumns)
    {
        ArgumentNullException.ThrowIfNull(input);
        _ = bindings.InputColumnsFor(activeColumns, out var active);
        // A row handed in by a prediction engine may be refilled without its position moving: no caching here.
        return new AnonymizingCursor(bindings, input, active, cache: false);
    }
}

/// <summary>
/// Wraps an input row or cursor: input columns pass through, appended columns are anonymized on demand. When
/// <c>cache</c> is on (cursors), a cell is anonymized at most once per row however often its getter is called.
/// </summary>
internal sealed class AnonymizingCursor : DataViewRowCursor
{
    private readonly AnonymizeTextColumns.Bindings _bindings;
    private readonly DataViewRow _input;
    private readonly DataViewRowCursor? _cursor;
    private readonly bool[] _active;
    private readonly bool _cache;

    public AnonymizingCursor(AnonymizeTextColumns.Bindings bindings, DataViewRow input, bool[] active, bool cache)
    {
        _bindings = bindings;
        _input = input;
        _cursor = input as DataViewRowCursor;
        _active = active;
        _cache = cache;
    }

    public override DataViewSchema Schema => _bindings.Output;

    public override long Position => _input.Position;

    public override long Batch => _input.Batch;

    public override ValueGetter<DataViewRowId> GetIdGetter() => _input.GetIdGetter();

    public override bool IsColumnActive(DataViewSchema.Column column)
    {
        var inputCount = _bindings.Input.Count;
        if (column.Index < 0 || column.Index >= _bindings.Output.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(column), $"AnonymizeText: column index {column.Index} is not in this row's schema.");
        }

        return column.Index < inputCount ? _input.IsColumnActive(_bindings.Input[column.Index]) : _active[column.Index - inputCount];
    }

    public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
    {
        if (!IsColumnActive(column))
        {
            throw new InvalidOperationException($"AnonymizeText: column '{column.Name}' was not requested from this cursor.");
        }

        var inputCount = _bindings.Input.Count;
        if (column.Index < inputCount)
        {
            return _input.GetGetter<TValue>(_bindings.Input[column.Index]);
        }

        if (typeof(TValue) != typeof(ReadOnlyMemory<char>))
        {
            throw new InvalidOperationException($"AnonymizeText: column '{column.Name}' is text (ReadOnlyMemory<char>), not {typeof(TValue).Name}.");
        }

        var getter = MakeGetter(column.Index - inputCount);
        return (ValueGetter<TValue>)(Delegate)getter;
    }

    public override bool MoveNext() =>
        _cursor?.MoveNext() ?? throw new NotSupportedException("AnonymizeText: a mapped row is not a cursor.");

    protected override void Dispose(bool disposing)
    {
        if (disposing && _cursor is not null)
        {
            _cursor.Dispose();
        }

        base.Dispose(disposing);
    }

    private ValueGetter<ReadOnlyMemory<char>> MakeGetter(int slot)
    {
        var columns = _bindings.Columns;
        var source = _input.GetGetter<ReadOnlyMemory<char>>(_bindings.Input[_bindings.Sources[slot]]);
        var input = _input;
        if (!_cache)
        {
            return (ref ReadOnlyMemory<char> value) =>
            {
                var raw = default(ReadOnlyMemory<char>);
                source(ref raw);
                value = columns.Anonymize(slot, raw);
            };
        }

        var position = -1L;
        var cached = default(ReadOnlyMemory<char>);
        return (ref ReadOnlyMemory<char> value) =>
        {
            if (position != input.Position || position < 0)
            {
                var raw = default(ReadOnlyMemory<char>);
                source(ref raw);
                cached = columns.Anonymize(slot, raw);
                position = input.Position;
            }

            value = cached;
        };
    }
}
