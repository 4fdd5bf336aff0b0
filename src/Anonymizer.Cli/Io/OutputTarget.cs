using System.Text;

namespace Anonymizer.Cli.Io;

/// <summary>
/// An output file written under a temporary name in the same folder and renamed to its final name only on
/// <see cref="Commit"/>: a failed or killed run never leaves a truncated file under the final name. '-' is standard output.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _finalPath;
    private readonly string? _temporaryPath;
    private bool _committed;

    private OutputTarget(TextWriter writer, string? finalPath, string? temporaryPath)
    {
        Writer = writer;
        _finalPath = finalPath;
        _temporaryPath = temporaryPath;
    }

    public TextWriter Writer { get; }

    public static OutputTarget Open(string path, string optionName)
    {
        if (path == "-")
        {
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
            return new OutputTarget(stdout, null, null);
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{optionName}: folder does not exist: {folder}");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        return new OutputTarget(new StreamWriter(stream, new UTF8Encoding(false), 1 << 16), full, temporary);
    }

    /// <summary>Flushes and moves the file to its final name.</summary>
    public void Commit()
    {
        Writer.Flush();
        if (_finalPath is not null)
        {
            Writer.Dispose();
            File.Move(_temporaryPath!, _finalPath, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        Writer.Dispose();
        if (!_committed && _temporaryPath is not null && File.Exists(_temporaryPath))
        {
            File.Delete(_temporaryPath);
        }
    }
}
