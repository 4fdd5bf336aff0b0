namespace Anonymizer.Cli.Processing;

/// <summary>Turns one input record (a line) into its output. Implementations are thread-safe.</summary>
internal abstract class RecordProcessor
{
    /// <summary>Processes the record with 0-based index <paramref name="index"/>.</summary>
    /// <exception cref="Tabular.RecordParseException">The record cannot be processed; it will be quarantined.</exception>
    public abstract RecordOutcome Process(long index, string line);
}
