using System.Text;
using Anonymizer.Tabular;

namespace Anonymizer.Cli.Io;

/// <summary>
/// An output file written under a temporary name in the same folder and renamed to its final name only on
/// <see cref="Commit"/>: a failed or killed run never leaves a truncated file under the final name. '-' is standard
/// output. Compression follows the extension (<c>.gz</c>, <c>.zst</c>) or is given for standard output. With
/// <c>seekable</c>, the caller gets a plain seekable file (for Parquet) that is compressed or copied to standard output
/// on commit.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _finalPath;
    private readonly string? _temporaryPath;
    private readonly Compression _compression;
    private readonly bool _spooled;
    private TextWriter? _writer;
    private bool _committed;

    private OutputTarget(Stream stream, string? finalPath, string? temporaryPath, Compression compression, bool spooled)
    {
        Stream = stream;
        _finalPath = finalPath;
        _temporaryPath = temporaryPath;
        _compression = compression;
        _spooled = spooled;
    }

    /// <summary>The stream to write to (compressing, unless spooled).</summary>
    public Stream Stream { get; }

    /// <summary>A UTF-8 text writer over <see cref="Stream"/>.</summary>
    public TextWriter Writer => _writer ??= new StreamWriter(Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);

    public static OutputTarget Open(string path, string optionName, Compression? stdoutCompression = null, bool seekable = false)
    {
        var compression = path == "-" ? stdoutCompression ?? Compression.None : RecordFormats.CompressionFromPath(path);
        string folder;
        string name;
        Stream? direct = null;
        if (path == "-")
        {
            direct = Console.OpenStandardOutput();
            folder = Path.GetTempPath();
            name = "stdout";
        }
        else
        {
            var full = Path.GetFullPath(path);
            folder = Path.GetDirectoryName(full)!;
            name = Path.GetFileName(full);
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"{optionName}: folder does not exist: {folder}");
            }

            // A device or a pipe (/dev/null, /dev/stdout, a named pipe) is written in place: renaming a file over it
            // would replace it.
            direct = OpenIfSpecial(full);
        }

        if (direct is not null)
        {
            if (!seekable)
            {
                return new OutputTarget(CompressedStreams.Compress(direct, compression), null, null, compression, false);
            }

            var spool = Path.Combine(Path.GetTempPath(), $".anonymize-{name}.{Guid.NewGuid():N}.partial");
            var spoolFile = new FileStream(spool, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            return new OutputTarget(spoolFile, null, spool, compression, true) { _direct = direct };
        }

        var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.partial");
        var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        var spooled = seekable && compression != Compression.None;
        var stream = spooled ? file : CompressedStreams.Compress(file, compression);
        return new OutputTarget(stream, Path.GetFullPath(path), temporary, compression, spooled);
    }

    private Stream? _direct;

    /// <summary>Opens an existing device or pipe for writing; null for a regular file or a path that does not exist.</summary>
    private static FileStream? OpenIfSpecial(string full)
    {
        if (!File.Exists(full))
        {
            return null;
        }

        if (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal))
        {
            return new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
        }

        var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
        if (!stream.CanSeek)
        {
            return stream;
        }

        stream.Dispose();
        return null;
    }

    /// <summary>Flushes and moves the file to its final name (or copies a spooled file to its destination).</summary>
    public void Commit()
    {
        _writer?.Flush();
        _writer?.Dispose();
        if (_spooled)
        {
            Stream.Flush();
            Stream.Position = 0;
            if (_direct is not null)
            {
                using var destination = CompressedStreams.Compress(_direct, _compression);
                Stream.CopyTo(destination);
            }
            else
            {
                var second = _temporaryPath + ".z";
                using (var target = CompressedStreams.Compress(new FileStream(second, FileMode.CreateNew, FileAccess.Write), _compression))
                {
                    Stream.CopyTo(target);
                }

                File.Move(second, _finalPath!, overwrite: true);
            }

            Stream.Dispose();
            File.Delete(_temporaryPath!);
        }
        else
        {
            Stream.Flush();
            Stream.Dispose();
            if (_finalPath is not null)
            {
                File.Move(_temporaryPath!, _finalPath, overwrite: true);
            }
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            try
            {
                _writer?.Dispose();
                Stream.Dispose();
            }
            catch (IOException)
            {
                // The output is abandoned anyway.
            }
        }

        if (!_committed)
        {
            _direct?.Dispose();
        }

        if (!_committed && _temporaryPath is not null)
        {
            File.Delete(_temporaryPath);
            File.Delete(_temporaryPath + ".z");
        }
        else if (_spooled && _temporaryPath is not null && File.Exists(_temporaryPath))
        {
            File.Delete(_temporaryPath);
        }
    }
}
