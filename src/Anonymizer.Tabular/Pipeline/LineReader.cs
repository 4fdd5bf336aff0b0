using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Unicode;

namespace Anonymizer.Tabular.Pipeline;

/// <summary>One line of a line-based input: its text, or why it could not be decoded.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Text">The decoded line without its line break; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the line cannot be used (invalid UTF-8, over the size limit); null when it can.</param>
/// <param name="RawText">The raw line decoded leniently, for the quarantine (null for an oversized line, which was streamed).</param>
/// <param name="ByteCount">Bytes the line occupied, line break included.</param>
/// <param name="Streamed">Whether the raw line was already streamed into the quarantine.</param>
public readonly record struct InputLine(long Number, string? Text, string? Error, string? RawText, long ByteCount, bool Streamed);

/// <summary>
/// Reads lines from a byte stream through System.IO.Pipelines: splits on '\n' over spans, strips a trailing '\r' and
/// a leading UTF-8 byte order mark, and decodes each line as strict UTF-8. A line with invalid bytes is reported with
/// the reason "invalid UTF-8 at byte N"; a line longer than <see cref="MaxRecordBytes"/> is not held in memory: its
/// bytes are streamed into the quarantine entry (when a quarantine is given) and it is reported as oversized.
/// </summary>
public sealed class LineReader
{
    /// <summary>The default record size limit: 64 MiB.</summary>
    public const long DefaultMaxRecordBytes = 64L << 20;

    private static readonly UTF8Encoding Lenient = new(false, false);

    private readonly Stream _stream;

    /// <summary>Creates a reader over <paramref name="stream"/>.</summary>
    /// <param name="stream">The input bytes (already decompressed).</param>
    /// <param name="maxRecordBytes">The size limit of one line.</param>
    /// <param name="quarantine">Where oversized lines are streamed; null to skip their bytes.</param>
    public LineReader(Stream stream, long maxRecordBytes = DefaultMaxRecordBytes, QuarantineSink? quarantine = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecordBytes, 1);
        _stream = stream;
        MaxRecordBytes = maxRecordBytes;
        Quarantine = quarantine;
    }

    /// <summary>The size limit of one line, in bytes.</summary>
    public long MaxRecordBytes { get; }

    /// <summary>Where oversized lines are streamed.</summary>
    public QuarantineSink? Quarantine { get; }

    /// <summary>Bytes consumed so far (for progress).</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    private long _bytesRead;

    /// <summary>Reads the lines; a last line without a line break counts, an empty input has none.</summary>
    public IEnumerable<InputLine> ReadLines()
    {
        var pipe = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: 1 << 16, minimumReadSize: 1 << 14, leaveOpen: true));
        long number = 0;
        var first = true;
        var inOversized = false;
        QuarantineEntry? entry = null;
        long oversizedBytes = 0;
        var lines = new List<InputLine>();
        try
        {
            while (true)
            {
                var result = pipe.ReadAsync().AsTask().GetAwaiter().GetResult();
                var buffer = result.Buffer;
                var before = buffer.Length;
                while (buffer.PositionOf((byte)'\n') is { } newline)
                {
                    var lineBytes = buffer.Slice(0, newline);
                    buffer = buffer.Slice(buffer.GetPosition(1, newline));
                    if (inOversized)
                    {
                        number++;
                        Append(entry, lineBytes);
                        entry?.Dispose();
                        entry = null;
                        inOversized = false;
                        lines.Add(Oversized(number, oversizedBytes + lineBytes.Length + 1));
                    }
                    else if (lineBytes.Length > MaxRecordBytes)
                    {
                        number++;
                        entry = Quarantine?.Begin(number, TooLong());
                        Append(entry, lineBytes);
                        entry?.Dispose();
                        entry = null;
                        lines.Add(Oversized(number, lineBytes.Length + 1));
                    }
                    else
                    {
                        number++;
                        lines.Add(Decode(number, lineBytes, lineBytes.Length + 1, ref first));
                    }
                }

                if (!inOversized && buffer.Length > MaxRecordBytes)
                {
                    // The current line is over the limit: stream it out instead of buffering it.
                    inOversized = true;
                    oversizedBytes = 0;
                    entry = Quarantine?.Begin(number + 1, TooLong());
                }

                if (inOversized)
                {
                    Append(entry, buffer);
                    oversizedBytes += buffer.Length;
                    buffer = buffer.Slice(buffer.End);
                }

                if (result.IsCompleted)
                {
                    if (inOversized)
                    {
                        number++;
                        entry?.Dispose();
                        entry = null;
                        inOversized = false;
                        lines.Add(Oversized(number, oversizedBytes));
                    }
                    else if (buffer.Length > 0)
                    {
                        number++;
                        lines.Add(Decode(number, buffer, buffer.Length, ref first));
                        buffer = buffer.Slice(buffer.End);
                    }
                }

                Interlocked.Add(ref _bytesRead, before - buffer.Length);
                pipe.AdvanceTo(buffer.Start, buffer.End);
                if (!inOversized)
                {
                    // Nothing is handed out while an oversized line is being streamed: the quarantine is locked then,
                    // and the lock must be released on this thread before anyone else needs it.
                    foreach (var line in lines)
                    {
                        yield return line;
                    }

                    lines.Clear();
                }

                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        finally
        {
            entry?.Dispose();
            pipe.Complete();
        }
    }

    private static void Append(QuarantineEntry? entry, in ReadOnlySequence<byte> bytes)
    {
        if (entry is null)
        {
            return;
        }

        foreach (var segment in bytes)
        {
            entry.Append(segment.Span);
        }
    }

    private string TooLong() => $"record exceeds the size limit of {MaxRecordBytes} bytes";

    private InputLine Oversized(long number, long bytes) => new(number, null, TooLong(), null, bytes, Quarantine is not null);

    private static InputLine Decode(long number, in ReadOnlySequence<byte> sequence, long byteCount, ref bool first)
    {
        var bytes = ToSpan(sequence, out var rented);
        try
        {
            if (first)
            {
                first = false;
                if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    bytes = bytes[3..];
                }
            }

            if (!bytes.IsEmpty && bytes[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }

            if (Utf8.IsValid(bytes))
            {
                return new InputLine(number, Encoding.UTF8.GetString(bytes), null, null, byteCount, false);
            }

            return new InputLine(number, null, $"invalid UTF-8 at byte {InvalidOffset(bytes) + 1}", Lenient.GetString(bytes), byteCount, false);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static int InvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            return read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static ReadOnlySpan<byte> ToSpan(in ReadOnlySequence<byte> sequence, out byte[]? rented)
    {
        rented = null;
        if (sequence.IsSingleSegment)
        {
            return sequence.FirstSpan;
        }

        rented = ArrayPool<byte>.Shared.Rent((int)sequence.Length);
        sequence.CopyTo(rented);
        return rented.AsSpan(0, (int)sequence.Length);
    }
}
