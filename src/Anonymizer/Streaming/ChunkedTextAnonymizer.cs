using System.Buffers;
using Anonymizer.Analysis;
using Anonymizer.Anonymization;

namespace Anonymizer.Streaming;

/// <summary>
/// Anonymizes a long document read from a <see cref="TextReader"/> in chunks, with bounded memory, giving the same
/// matches and the same output as analyzing and rewriting the whole text at once.
/// </summary>
/// <remarks>
/// <para>The text is cut into regions of about <see cref="ChunkSize"/> characters, each ending at a whitespace
/// character where there is one. Each region is analyzed inside a window that adds <see cref="Overlap"/> characters
/// before and after it; only matches that <em>start</em> inside the region's own span are committed, so a value that
/// crosses a seam is found exactly once, by the region it starts in.</para>
/// <para>The overlap must be at least the longest possible match plus the context the recognizers look at (context
/// words before a match, lookarounds): the default of 2,048 characters is far above both for the built-in
/// recognizers. The equality with the whole-text result holds where every stretch of <see cref="Overlap"/> characters
/// has a whitespace character to cut at; in a longer run without whitespace the cut falls inside it, and a regex that
/// the whole text would have started earlier in that run may start at the cut instead. One <see cref="DocumentScope"/> is shared by all chunks, so numbering (<c>&lt;PERSON_2&gt;</c>) and
/// other per-document state stay consistent. The rewritten text is written progressively, region by region.</para>
/// </remarks>
public sealed class ChunkedTextAnonymizer
{
    /// <summary>The default chunk size: 64K characters.</summary>
    public const int DefaultChunkSize = 64 * 1024;

    /// <summary>The default overlap before and after each chunk: 2K characters.</summary>
    public const int DefaultOverlap = 2 * 1024;

    private readonly PiiAnalyzer _analyzer;
    private readonly TextAnonymizer _anonymizer;

    /// <summary>Creates a chunked anonymizer.</summary>
    /// <param name="analyzer">Finds the matches.</param>
    /// <param name="anonymizer">Rewrites them.</param>
    /// <param name="chunkSize">Characters per region (≥ 1).</param>
    /// <param name="overlap">Characters of context analyzed before and after each region (≥ the longest match plus its context).</param>
    public ChunkedTextAnonymizer(PiiAnalyzer analyzer, TextAnonymizer anonymizer, int chunkSize = DefaultChunkSize, int overlap = DefaultOverlap)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(anonymizer);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(overlap);
        _analyzer = analyzer;
        _anonymizer = anonymizer;
        ChunkSize = chunkSize;
        Overlap = overlap;
    }

    /// <summary>Characters per region.</summary>
    public int ChunkSize { get; }

    /// <summary>Characters of context analyzed before and after each region.</summary>
    public int Overlap { get; }

    /// <summary>Reads <paramref name="input"/> to the end and writes its anonymized text to <paramref name="output"/>.</summary>
    /// <param name="input">The document.</param>
    /// <param name="output">Receives the rewritten document, region by region.</param>
    /// <param name="options">Analysis options.</param>
    /// <param name="onMatch">Called with every committed match (offsets into the whole document), in order.</param>
    /// <returns>The number of characters read.</returns>
    public long Anonymize(TextReader input, TextWriter output, AnalysisOptions? options = null, Action<PiiMatch>? onMatch = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Run(input, output, options, onMatch);
    }

    /// <summary>Reads <paramref name="input"/> to the end and reports its matches without rewriting anything.</summary>
    /// <param name="input">The document.</param>
    /// <param name="onMatch">Called with every match (offsets into the whole document), in order.</param>
    /// <param name="options">Analysis options.</param>
    /// <returns>The number of characters read.</returns>
    public long Analyze(TextReader input, Action<PiiMatch> onMatch, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(onMatch);
        return Run(input, null, options, onMatch);
    }

    private long Run(TextReader input, TextWriter? output, AnalysisOptions? options, Action<PiiMatch>? onMatch)
    {
        ArgumentNullException.ThrowIfNull(input);
        var buffer = new char[Math.Max(4096, ChunkSize + (2 * Overlap) + 4096)];
        var bufferStart = 0L;   // global offset of buffer[0]
        var bufferLength = 0;   // valid chars in buffer
        var endOfInput = false;
        var regionStart = 0L;
        var written = 0L;       // global offset up to which output has been written
        var sink = new MatchSink();
        var committed = new List<PiiMatch>();
        var scope = new DocumentScope();
        var rewritten = new ArrayBufferWriter<char>(4096);

        while (true)
        {
            // Fill so that the buffer holds the region and its trailing overlap (or the rest of the input).
            var needed = regionStart + ChunkSize + Overlap + 1 - bufferStart;
            if (needed > buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Max(needed, buffer.Length * 2L));
            }

            while (!endOfInput && bufferLength < needed)
            {
                var read = input.Read(buffer, bufferLength, buffer.Length - bufferLength);
                if (read == 0)
                {
                    endOfInput = true;
                }

                bufferLength += read;
            }

            var textEnd = bufferStart + bufferLength; // the end of what is known; the real end when endOfInput
            if (regionStart >= textEnd)
            {
                break;
            }

            var regionEnd = FindRegionEnd(buffer, bufferStart, regionStart, textEnd, endOfInput);
            var windowStart = FindWindowStart(buffer, bufferStart, regionStart);
            var windowEnd = FindWindowEnd(buffer, bufferStart, regionEnd, textEnd, endOfInput);
            var window = buffer.AsSpan((int)(windowStart - bufferStart), (int)(windowEnd - windowStart));
            _analyzer.Analyze(window, sink, options);

            // Matches not yet written (a held-back chain) come first, then this region's own.
            foreach (var match in sink.Matches)
            {
                var start = windowStart + match.Start;
                if (start >= regionStart && start < regionEnd)
                {
                    var global = match with { Start = (int)start };
                    committed.Add(global);
                    onMatch?.Invoke(global);
                }
            }

            var segmentEnd = regionEnd;
            foreach (var match in committed)
            {
                segmentEnd = Math.Max(segmentEnd, match.End);
            }

            var finalRegion = endOfInput && regionEnd >= textEnd;
            var held = finalRegion ? 0 : TrailingChain(buffer, bufferStart, committed, segmentEnd);
            if (held > 0)
            {
                segmentEnd = committed[^held].Start;
            }

            written = Write(buffer, bufferStart, written, segmentEnd, committed, committed.Count - held, output, rewritten, scope);
            committed.RemoveRange(0, committed.Count - held);
            regionStart = regionEnd;

            // Drop what no later window can need: keep the leading overlap of the next region, and unwritten text.
            var keepFrom = Math.Min(Math.Max(0, regionStart - Overlap), written);
            var drop = (int)(keepFrom - bufferStart);
            if (drop > 0)
            {
                Array.Copy(buffer, drop, buffer, 0, bufferLength - drop);
                bufferLength -= drop;
                bufferStart = keepFrom;
            }
        }

        // The rest: a chain still held back (when the input ended right after a region), then plain text.
        Write(buffer, bufferStart, written, bufferStart + bufferLength, committed, committed.Count, output, rewritten, scope);

        output?.Flush();
        return bufferStart + bufferLength;
    }

    /// <summary>
    /// How many of the last <paramref name="committed"/> matches form a chain that the next region may continue: the
    /// anonymizer merges matches of one type separated only by whitespace (a first and a last name), so such a chain is
    /// held back, unwritten, until a region shows where it ends. 0 when the segment ends in anything but whitespace.
    /// </summary>
    private static int TrailingChain(char[] buffer, long bufferStart, List<PiiMatch> committed, long segmentEnd)
    {
        if (committed.Count == 0)
        {
            return 0;
        }

        var last = committed[^1];
        if (last.End < segmentEnd && !buffer.AsSpan((int)(last.End - bufferStart), (int)(segmentEnd - last.End)).IsWhiteSpace())
        {
            return 0;
        }

        var first = committed.Count - 1;
        while (first > 0
            && string.Equals(committed[first - 1].EntityType, last.EntityType, StringComparison.Ordinal)
            && buffer.AsSpan((int)(committed[first - 1].End - bufferStart), (int)(committed[first].Start - committed[first - 1].End)).IsWhiteSpace())
        {
            first--;
        }

        return committed.Count - first;
    }

    /// <summary>
    /// Rewrites the text [<paramref name="written"/>, <paramref name="end"/>) with the first <paramref name="count"/>
    /// matches (a match that ran past an earlier segment's end was written with it) and returns the new written offset.
    /// </summary>
    private long Write(char[] buffer, long bufferStart, long written, long end, List<PiiMatch> matches, int count, TextWriter? output, ArrayBufferWriter<char> rewritten, DocumentScope scope)
    {
        if (end <= written)
        {
            return written;
        }

        if (output is not null)
        {
            var relative = new List<PiiMatch>(count);
            for (var i = 0; i < count; i++)
            {
                var start = Math.Max(matches[i].Start, written);
                var matchEnd = Math.Min(matches[i].End, end);
                if (matchEnd > start)
                {
                    relative.Add(matches[i] with { Start = (int)(start - written), Length = (int)(matchEnd - start) });
                }
            }

            var segment = buffer.AsSpan((int)(written - bufferStart), (int)(end - written));
            rewritten.ResetWrittenCount();
            _anonymizer.Anonymize(segment, relative.ToArray(), rewritten, scope);
            output.Write(rewritten.WrittenSpan);
        }

        return end;
    }

    /// <summary>The end of the region that starts at <paramref name="regionStart"/>: at whitespace where possible.</summary>
    private long FindRegionEnd(char[] buffer, long bufferStart, long regionStart, long textEnd, bool endOfInput)
    {
        var target = regionStart + ChunkSize;
        if (target >= textEnd)
        {
            // Only the real end of the input ends the last region; otherwise more text is coming.
            return endOfInput ? textEnd : Math.Min(target, textEnd);
        }

        for (var i = target; i > regionStart; i--)
        {
            if (char.IsWhiteSpace(buffer[i - bufferStart]))
            {
                return i;
            }
        }

        return target;
    }

    /// <summary>The start of the analysis window: the overlap before the region, beginning after a whitespace character.</summary>
    private long FindWindowStart(char[] buffer, long bufferStart, long regionStart)
    {
        var start = regionStart - Overlap;
        if (start <= 0)
        {
            return 0;
        }

        start = Math.Max(start, bufferStart);
        for (var i = start; i < regionStart; i++)
        {
            if (char.IsWhiteSpace(buffer[i - bufferStart]))
            {
                return i + 1;
            }
        }

        return start;
    }

    /// <summary>The end of the analysis window: the overlap after the region, ending at a whitespace character.</summary>
    private long FindWindowEnd(char[] buffer, long bufferStart, long regionEnd, long textEnd, bool endOfInput)
    {
        var end = regionEnd + Overlap;
        if (end >= textEnd)
        {
            return textEnd;
        }

        for (var i = end; i > regionEnd; i--)
        {
            if (char.IsWhiteSpace(buffer[i - bufferStart]))
            {
                return i;
            }
        }

        _ = endOfInput;
        return end;
    }
}
