using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Anonymizer.MlNet;

/// <summary>
/// What <see cref="AnonymizeTextEstimator"/> and <see cref="AnonymizeTextTransformer"/> share: the engine, the column
/// pairs, the schema checks and the rewriting of one cell. Immutable and thread-safe.
/// </summary>
internal sealed class AnonymizeTextColumns
{
    private readonly AnalysisOptions[] _options;

    public AnonymizeTextColumns(AnonymizationEngine engine, IEnumerable<InputOutputColumnPair> columns)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(columns);
        Engine = engine;
        var pairs = new List<InputOutputColumnPair>();
        var outputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in columns)
        {
            if (pair is null)
            {
                throw new ArgumentException("AnonymizeText: a column pair is null.", nameof(columns));
            }

            if (string.IsNullOrWhiteSpace(pair.OutputColumnName))
            {
                throw new ArgumentException("AnonymizeText: an output column name is empty.", nameof(columns));
            }

            if (!outputs.Add(pair.OutputColumnName))
            {
                throw new ArgumentException($"AnonymizeText: the output column '{pair.OutputColumnName}' is named twice.", nameof(columns));
            }

            // ML.NET's convention: no input column name means "the same as the output" (in place).
            pairs.Add(new InputOutputColumnPair(pair.OutputColumnName, string.IsNullOrEmpty(pair.InputColumnName) ? pair.OutputColumnName : pair.InputColumnName));
        }

        if (pairs.Count == 0)
        {
            throw new ArgumentException("AnonymizeText: name at least one text column.", nameof(columns));
        }

        Columns = pairs;
        _options = new AnalysisOptions[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            // The column name counts as context, as for a CSV column: "email", "phone", "ssn" raise weak matches.
            _options[i] = new AnalysisOptions { ContextWords = [pairs[i].InputColumnName] };
        }
    }

    public AnonymizationEngine Engine { get; }

    public IReadOnlyList<InputOutputColumnPair> Columns { get; }

    /// <summary>Checks <paramref name="input"/> and computes the output schema: the input columns, then one text column per pair.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An input column is missing or is not a scalar text column.</exception>
    public Bindings Bind(DataViewSchema input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sources = new int[Columns.Count];
        var builder = new DataViewSchema.Builder();
        builder.AddColumns(input);
        for (var i = 0; i < Columns.Count; i++)
        {
            var name = Columns[i].InputColumnName;
            if (input.GetColumnOrNull(name) is not { } column)
            {
                throw Missing(name, VisibleNames(input));
            }

            if (column.Type is not TextDataViewType)
            {
                throw NotText(name, $"{column.Type}");
            }

            sources[i] = column.Index;
            builder.AddColumn(Columns[i].OutputColumnName, TextDataViewType.Instance);
        }

        return new Bindings(this, input, builder.ToSchema(), sources);
    }

    /// <summary>The same checks on a schema shape (<see cref="IEstimator{TTransformer}.GetOutputSchema"/>).</summary>
    public SchemaShape Bind(SchemaShape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var byName = new Dictionary<string, SchemaShape.Column>(StringComparer.Ordinal);
        foreach (var column in input)
        {
            byName[column.Name] = column;
        }

        var copies = new InputOutputColumnPair[Columns.Count];
        for (var i = 0; i < Columns.Count; i++)
        {
            var name = Columns[i].InputColumnName;
            if (!byName.TryGetValue(name, out var column))
            {
                throw Missing(name, byName.Keys);
            }

            if (column.Kind != SchemaShape.Column.VectorKind.Scalar || column.ItemType is not TextDataViewType)
            {
                var shape = column.Kind == SchemaShape.Column.VectorKind.Scalar ? $"{column.ItemType}" : $"Vector<{column.ItemType}>";
                throw NotText(name, shape);
            }

            copies[i] = Columns[i];
        }

        // SchemaShape.Column has no public constructor; every input is a scalar text column, the shape of every output,
        // so ML.NET's own column copy computes the output shape.
        var transforms = new MLContext().Transforms;
        var output = input;
        foreach (var pair in copies)
        {
            output = transforms.CopyColumns(pair.OutputColumnName, pair.InputColumnName).GetOutputSchema(output);
        }

        return output;
    }

    /// <summary>The anonymized text of one cell of column pair <paramref name="slot"/> (the input itself when nothing was found).</summary>
    public ReadOnlyMemory<char> Anonymize(int slot, ReadOnlyMemory<char> text)
    {
        if (text.IsEmpty)
        {
            return text;
        }

        var span = text.Span;
        var matches = Engine.Analyzer.Analyze(span, _options[slot]);
        return matches.Length == 0 ? text : Engine.Anonymizer.Anonymize(span, matches, new DocumentScope()).AsMemory();
    }

    private static List<string> VisibleNames(DataViewSchema schema)
    {
        var names = new List<string>(schema.Count);
        foreach (var column in schema)
        {
            if (!column.IsHidden)
            {
                names.Add(column.Name);
            }
        }

        return names;
    }

    private static ArgumentOutOfRangeException Missing(string name, IEnumerable<string> available) =>
        new("inputSchema", $"AnonymizeText: the input column '{name}' is not in the data (its columns: {string.Join(", ", available)}).");

    private static ArgumentOutOfRangeException NotText(string name, string type) =>
        new("inputSchema", $"AnonymizeText: the input column '{name}' is of type {type}, not text; only scalar text columns (string / ReadOnlyMemory<char>) can be anonymized.");

    /// <summary>One input schema bound: where each output column comes from.</summary>
    internal sealed class Bindings(AnonymizeTextColumns columns, DataViewSchema input, DataViewSchema output, int[] sources)
    {
        public AnonymizeTextColumns Columns { get; } = columns;

        public DataViewSchema Input { get; } = input;

        public DataViewSchema Output { get; } = output;

        /// <summary>The input column index of each appended output column.</summary>
        public int[] Sources { get; } = sources;

        /// <summary>The input columns needed to compute <paramref name="outputColumns"/>.</summary>
        public List<DataViewSchema.Column> InputColumnsFor(IEnumerable<DataViewSchema.Column> outputColumns, out bool[] activeOutputs)
        {
            ArgumentNullException.ThrowIfNull(outputColumns);
            var needed = new bool[Input.Count];
            activeOutputs = new bool[Sources.Length];
            foreach (var column in outputColumns)
            {
                if (column.Index < 0 || column.Index >= Output.Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(outputColumns), $"AnonymizeText: column index {column.Index} is not in the output schema.");
                }

                if (column.Index < Input.Count)
                {
                    needed[column.Index] = true;
                }
                else
                {
                    var slot = column.Index - Input.Count;
                    activeOutputs[slot] = true;
                    needed[Sources[slot]] = true;
                }
            }

            var result = new List<DataViewSchema.Column>();
            for (var i = 0; i < needed.Length; i++)
            {
                if (needed[i])
                {
                    result.Add(Input[i]);
                }
            }

            return result;
        }
    }
}
