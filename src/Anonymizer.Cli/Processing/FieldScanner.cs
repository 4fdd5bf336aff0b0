using Anonymizer.Analysis;
using Anonymizer.Tabular;

namespace Anonymizer.Cli.Processing;

/// <summary>
/// Reads the texts to scan from one record: the whole line in text format, or the configured string fields of a JSONL
/// record (absent or null fields are skipped; a field of another type makes the record unprocessable).
/// </summary>
internal sealed class FieldScanner(RecordFormat format, IReadOnlyList<FieldPath> fields, AnalysisOptions baseOptions)
{
    private readonly AnalysisOptions[] _optionsPerField = fields
        .Select(f => baseOptions with { ContextWords = [.. baseOptions.ContextWords ?? [], f.Segments[^1]] })
        .ToArray();

    public RecordFormat Format => format;

    public IReadOnlyList<FieldPath> Fields => fields;

    public AnalysisOptions BaseOptions => baseOptions;

    /// <summary>Whether output entities name their field (more than one field is scanned).</summary>
    public bool NamesFields => format == RecordFormat.Jsonl && fields.Count > 1;

    /// <summary>The analysis options for field <paramref name="index"/> (its name is extra context).</summary>
    public AnalysisOptions OptionsFor(int index) => _optionsPerField[index];
}
