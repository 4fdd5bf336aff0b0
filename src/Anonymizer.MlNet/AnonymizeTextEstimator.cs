using Microsoft.ML;

namespace Anonymizer.MlNet;

/// <summary>
/// An ML.NET estimator that anonymizes one or more text columns of an <see cref="IDataView"/> with an
/// <see cref="AnonymizationEngine"/>, so a training or scoring pipeline never sees the personal data. Created by
/// <see cref="AnonymizerTransformsCatalogExtensions.AnonymizeText(TransformsCatalog, string, string?, AnonymizationEngine?)"/>.
/// Nothing is learned: <see cref="Fit"/> only checks the schema and returns an <see cref="AnonymizeTextTransformer"/>.
/// </summary>
public sealed class AnonymizeTextEstimator : IEstimator<AnonymizeTextTransformer>
{
    private readonly AnonymizeTextColumns _columns;

    /// <summary>Creates the estimator.</summary>
    /// <param name="engine">The engine that anonymizes each cell (built once with <see cref="AnonymizerBuilder"/>; thread-safe).</param>
    /// <param name="columns">
    /// The columns: each pair's output column receives its input column anonymized; a pair without an input column
    /// name anonymizes the column in place.
    /// </param>
    /// <exception cref="ArgumentException">No column is named, or an output column is empty or named twice.</exception>
    public AnonymizeTextEstimator(AnonymizationEngine engine, IEnumerable<InputOutputColumnPair> columns)
    {
        _columns = new AnonymizeTextColumns(engine, columns);
    }

    /// <summary>The engine that anonymizes each cell.</summary>
    public AnonymizationEngine Engine => _columns.Engine;

    /// <summary>The columns (input column names filled in for in-place pairs).</summary>
    public IReadOnlyList<InputOutputColumnPair> Columns => _columns.Columns;

    /// <summary>Checks the input schema and returns the transformer; there is nothing to train.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An input column is missing or is not a scalar text column; the message names it.</exception>
    public AnonymizeTextTransformer Fit(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        _ = _columns.Bind(input.Schema);
        return new AnonymizeTextTransformer(_columns);
    }

    /// <summary>The input shape plus one scalar text column per output column.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An input column is missing or is not a scalar text column; the message names it.</exception>
    public SchemaShape GetOutputSchema(SchemaShape inputSchema) => _columns.Bind(inputSchema);
}
