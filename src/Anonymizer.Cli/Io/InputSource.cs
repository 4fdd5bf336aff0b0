using Anonymizer.Cli.Commands;
using Anonymizer.Tabular;
using Anonymizer.Tabular.Formats;
using Anonymizer.Tabular.Pipeline;

namespace Anonymizer.Cli.Io;

/// <summary>Opens the input as a <see cref="RecordSource"/>: a file (decompressed by extension) or standard input.</summary>
internal static class InputSource
{
    /// <summary>The size of the input in bytes when known (a file), for the ETA.</summary>
    public static long? SizeOf(string input) => input == "-" ? null : new FileInfo(input).Length;

    /// <summary>Opens the raw bytes, decompressed; <paramref name="raw"/> counts the bytes read from the file or pipe.</summary>
    public static Stream OpenStream(string input, Compression? stdinCompression, out CountingStream raw)
    {
        Stream stream = input == "-"
            ? Console.OpenStandardInput()
            : new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        raw = new CountingStream(stream);
        var compression = input == "-" ? stdinCompression ?? Compression.None : RecordFormats.CompressionFromPath(input);
        return CompressedStreams.Decompress(raw, compression);
    }

    public static RecordSource Open(CommonSettings settings, RecordFormatOptions options, QuarantineSink? quarantine)
    {
        if (options.Format == RecordFormat.Parquet)
        {
            return OpenParquet(settings);
        }

        var stream = OpenStream(settings.Input, settings.Compression, out var raw);
        return options.Format == RecordFormat.Csv
            ? new CsvRecordSource(stream, options, () => raw.Count)
            : new LineRecordSource(stream, options, quarantine, () => raw.Count);
    }

    private static ParquetRecordSource OpenParquet(CommonSettings settings)
    {
        var compression = settings.Input == "-" ? settings.Compression ?? Compression.None : RecordFormats.CompressionFromPath(settings.Input);
        Stream seekable;
        if (settings.Input != "-" && compression == Compression.None)
        {
            seekable = new FileStream(settings.Input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.RandomAccess);
        }
        else
        {
            // Parquet is read from its footer: spool a pipe or a compressed file to a temporary file first.
            var temporary = Path.Combine(Path.GetTempPath(), $"anonymize-{Guid.NewGuid():N}.parquet");
            seekable = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            using (var input = OpenStream(settings.Input, settings.Compression, out _))
            {
                input.CopyTo(seekable);
            }

            seekable.Position = 0;
        }

        try
        {
            return new ParquetRecordSource(seekable);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A corrupt footer can fail in many ways inside the Parquet reader; all mean the same to the user.
            seekable.Dispose();
            throw new InputException(settings.InputName, 0, $"not a readable Parquet file ({ex.GetType().Name})");
        }
    }
}
