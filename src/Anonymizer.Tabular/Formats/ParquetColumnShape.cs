using System.Reflection;
using Parquet.Data;
using Parquet.Schema;

namespace Anonymizer.Tabular.Formats;

/// <summary>
/// Whether a column read from a Parquet row group has the shape the group says it has: as many rows as the group, a
/// value for every entry its definition levels mark as defined, and as many definition as repetition levels, the
/// first entry starting a row. A corrupt
/// file can decode into a column of another length (a page header's value count flipped, say), which no record could
/// be made of and no writer would accept.
/// </summary>
internal static class ParquetColumnShape
{
    private static readonly MethodInfo CountMethod = typeof(ParquetColumnShape).GetMethod(nameof(CountValues), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>What is wrong with <paramref name="column"/> of <paramref name="field"/> in a group of <paramref name="rowCount"/> rows, or <see langword="null"/>.</summary>
    public static string? Problem(DataField field, RawColumnData column, long rowCount)
    {
        var values = ValueCount(column);
        var definitions = field.MaxDefinitionLevel > 0 ? column.DefinitionLevels : default;
        var repetitions = field.MaxRepetitionLevel > 0 ? column.RepetitionLevels : default;
        if (!definitions.IsEmpty && !repetitions.IsEmpty && definitions.Length != repetitions.Length)
        {
            return $"{definitions.Length} definition levels for {repetitions.Length} repetition levels";
        }

        // Entries as the records and the writer count them: one per level, or one per value where there are no levels.
        var leveled = field.MaxDefinitionLevel > 0 || field.MaxRepetitionLevel > 0;
        var entries = leveled ? Math.Max(definitions.Length, repetitions.Length) : values;
        if (!repetitions.IsEmpty && repetitions[0] != 0)
        {
            return "starts inside a row";
        }

        var rows = repetitions.IsEmpty ? entries : repetitions.Count(0);
        if (rows != rowCount)
        {
            return $"{rows} rows where the row group has {rowCount}";
        }

        // The values come first in a buffer that may be longer (one place per entry).
        var defined = definitions.IsEmpty ? entries : definitions.Count(field.MaxDefinitionLevel);
        return defined > values ? $"{values} values for {defined} defined entries" : null;
    }

    private static int ValueCount(RawColumnData column) =>
        (int)CountMethod.MakeGenericMethod(column.GetType().GetGenericArguments()[0]).Invoke(null, [column])!;

    private static int CountValues<T>(RawColumnData column)
        where T : struct => ((RawColumnData<T>)column).Values.Length;
}
