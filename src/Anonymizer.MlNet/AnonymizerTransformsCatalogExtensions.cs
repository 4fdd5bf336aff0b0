using Microsoft.ML;

namespace Anonymizer.MlNet;

/// <summary>
/// <c>mlContext.Transforms.AnonymizeText(...)</c>: anonymizes text columns inside an ML.NET pipeline, lazily and row
/// by row. See <see cref="AnonymizeTextTransformer"/> for the behaviour.
/// </summary>
public static class AnonymizerTransformsCatalogExtensions
{
    /// <summary>Anonymizes one text column.</summary>
    /// <param name="catalog">The transforms catalog (<c>mlContext.Transforms</c>).</param>
    /// <param name="outputColumnName">The column that receives the anonymized text.</param>
    /// <param name="inputColumnName">The text column to read; <see langword="null"/> for <paramref name="outputColumnName"/> (in place).</param>
    /// <param name="engine">
    /// The engine; <see langword="null"/> for <c>new AnonymizerBuilder().Build()</c> (every built-in recognizer,
    /// each entity replaced by its tag, e.g. <c>&lt;EMAIL_ADDRESS&gt;</c>).
    /// </param>
    public static AnonymizeTextEstimator AnonymizeText(this TransformsCatalog catalog, string outputColumnName, string? inputColumnName = null, AnonymizationEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputColumnName);
        return new AnonymizeTextEstimator(engine ?? new AnonymizerBuilder().Build(), [new InputOutputColumnPair(outputColumnName, inputColumnName)]);
    }

    /// <summary>Anonymizes several text columns with one engine.</summary>
    /// <param name="catalog">The transforms catalog (<c>mlContext.Transforms</c>).</param>
    /// <param name="columns">Output and input column names; a pair without an input name is anonymized in place.</param>
    /// <param name="engine">The engine; <see langword="null"/> for <c>new AnonymizerBuilder().Build()</c>.</param>
    public static AnonymizeTextEstimator AnonymizeText(this TransformsCatalog catalog, InputOutputColumnPair[] columns, AnonymizationEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(columns);
        return new AnonymizeTextEstimator(engine ?? new AnonymizerBuilder().Build(), columns);
    }

    /// <summary>Anonymizes several text columns in place with <paramref name="engine"/>.</summary>
    /// <param name="catalog">The transforms catalog (<c>mlContext.Transforms</c>).</param>
    /// <param name="engine">The engine that anonymizes each cell.</param>
    /// <param name="columnNames">The text columns, each rewritten in place.</param>
    public static AnonymizeTextEstimator AnonymizeText(this TransformsCatalog catalog, AnonymizationEngine engine, params string[] columnNames)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(columnNames);
        var pairs = new InputOutputColumnPair[columnNames.Length];
        for (var i = 0; i < columnNames.Length; i++)
        {
            pairs[i] = new InputOutputColumnPair(columnNames[i]);
        }

        return new AnonymizeTextEstimator(engine, pairs);
    }
}
