using Microsoft.ML;
using Microsoft.ML.Data;

namespace Anonymizer.MlNet;

/// <summary>
/// The fitted form of <see cref="AnonymizeTextEstimator"/>: anonymizes text columns of an <see cref="IDataView"/>
/// with an <see cref="AnonymizationEngine"/>. <see cref="Transform"/> is lazy — it returns a view whose cursors
/// anonymize each cell when it is read, never materializing the data — and thread-safe, so ML.NET may read it with
/// parallel cursors. Each output column is appended to the schema; one named like its input hides the original (in
/// place). A cell in which nothing was found is passed through unchanged; the input column's name counts as context
/// for the analyzer (as a CSV column's name does).
/// </summary>
/// <remarks>
/// The transformer cannot be saved into an ML.NET model file: it holds an <see cref="AnonymizationEngine"/> (recognizers,
/// policy, keys) that ML.NET cannot serialize, so <see cref="Save"/> (and <c>mlContext.Model.Save</c> on a chain that
/// contains it) throws <see cref="NotSupportedException"/>. Save the part of the pipeline after it, and put
/// <c>AnonymizeText</c> in front again when you load it (see docs/mlnet.md).
/// </remarks>
public sealed class AnonymizeTextTransformer : ITransformer
{
    private readonly AnonymizeTextColumns _columns;

    internal AnonymizeTextTransformer(AnonymizeTextColumns columns)
    {
        _columns = columns;
    }

    /// <summary>The engine that anonymizes each cell.</summary>
    public AnonymizationEngine Engine => _columns.Engine;

    /// <summary>The columns: each output column is the anonymized input column.</summary>
    public IReadOnlyList<InputOutputColumnPair> Columns => _columns.Columns;

    /// <summary>Always <see langword="true"/>: every output row depends on its input row only.</summary>
    public bool IsRowToRowMapper => true;

    /// <summary>The input columns followed by one text column per output column.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An input column is missing or is not a scalar text column; the message names it.</exception>
    public DataViewSchema GetOutputSchema(DataViewSchema inputSchema) => _columns.Bind(inputSchema).Output;

    /// <summary>A mapper that anonymizes single rows (used by <c>PredictionEngine</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An input column is missing or is not a scalar text column; the message names it.</exception>
    public IRowToRowMapper GetRowToRowMapper(DataViewSchema inputSchema) => new AnonymizingRowMapper(_columns.Bind(inputSchema));

    /// <summary>Returns a lazy view of <paramref name="input"/> with the text columns anonymized.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An input column is missing or is not a scalar text column; the message names it.</exception>
    public IDataView Transform(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new AnonymizedDataView(input, _columns.Bind(input.Schema));
    }

    /// <summary>Not supported: the anonymization engine cannot be written into an ML.NET model file.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public void Save(ModelSaveContext ctx) => throw new NotSupportedException(
        "AnonymizeText cannot be saved into an ML.NET model file: its AnonymizationEngine (recognizers, policy, keys) is not serializable by ML.NET. " +
        "Save the transformers that follow it (e.g. the chain fitted on the anonymized data) and apply mlContext.Transforms.AnonymizeText(...) again in front of the loaded model.");
}
