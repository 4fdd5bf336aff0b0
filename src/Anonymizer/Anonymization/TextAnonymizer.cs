using System.Buffers;
using Anonymizer.Analysis;

namespace Anonymizer.Anonymization;

/// <summary>
/// Rewrites a text given its matches, under a policy. Overlapping matches are rewritten as their union (the one with
/// the higher score names the type), so no character of a detected value survives; adjacent matches of the same type
/// separated only by white space are rewritten as one (a first and a last name are one PERSON, as in Presidio).
/// Immutable and thread-safe.
/// </summary>
public sealed class TextAnonymizer
{
    [ThreadStatic]
    private static ArrayBufferWriter<char>? t_buffer;

    /// <summary>Creates an anonymizer.</summary>
    public TextAnonymizer(AnonymizationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
    }

    /// <summary>The policy applied.</summary>
    public AnonymizationPolicy Policy { get; }

    /// <summary>Rewrites <paramref name="text"/>.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="matches">Matches found in it (any order; overlaps allowed).</param>
    public AnonymizedText Anonymize(ReadOnlySpan<char> text, ReadOnlySpan<PiiMatch> matches)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<char>(256);
        buffer.ResetWrittenCount();
        var replacements = new List<Replacement>(matches.Length);
        var normalized = Normalize(text, matches);
        Write(text, normalized, buffer, replacements, new DocumentScope());
        var result = new AnonymizedText(buffer.WrittenSpan.ToString(), normalized, replacements);
        if (buffer.Capacity > 1 << 20)
        {
            t_buffer = null;
        }

        return result;
    }

    /// <summary>Rewrites <paramref name="text"/> into <paramref name="output"/>.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="matches">Matches found in it (any order; overlaps allowed).</param>
    /// <param name="output">Receives the rewritten text.</param>
    /// <param name="replacements">Receives one entry per rewritten span, when given.</param>
    public void Anonymize(ReadOnlySpan<char> text, ReadOnlySpan<PiiMatch> matches, IBufferWriter<char> output, ICollection<Replacement>? replacements = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        Write(text, Normalize(text, matches), output, replacements, new DocumentScope());
    }

    /// <summary>
    /// Rewrites <paramref name="text"/> into <paramref name="output"/> within an existing <paramref name="document"/>
    /// scope, so that several pieces of one document (chunks of a long text, fields of one record) share numbering
    /// and other per-document state.
    /// </summary>
    /// <param name="text">The original text (or one piece of the document).</param>
    /// <param name="matches">Matches found in it, offsets relative to <paramref name="text"/> (any order; overlaps allowed).</param>
    /// <param name="output">Receives the rewritten text.</param>
    /// <param name="document">The document's state, shared by all its pieces.</param>
    /// <param name="replacements">Receives one entry per rewritten span, when given.</param>
    public void Anonymize(ReadOnlySpan<char> text, ReadOnlySpan<PiiMatch> matches, IBufferWriter<char> output, DocumentScope document, ICollection<Replacement>? replacements = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        Write(text, Normalize(text, matches), output, replacements, document);
    }

    /// <summary>Rewrites <paramref name="text"/> within an existing <paramref name="document"/> scope.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="matches">Matches found in it (any order; overlaps allowed).</param>
    /// <param name="document">The document's state, shared by all its pieces.</param>
    public string Anonymize(ReadOnlySpan<char> text, ReadOnlySpan<PiiMatch> matches, DocumentScope document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = t_buffer ??= new ArrayBufferWriter<char>(256);
        buffer.ResetWrittenCount();
        Write(text, Normalize(text, matches), buffer, null, document);
        var result = buffer.WrittenSpan.ToString();
        if (buffer.Capacity > 1 << 20)
        {
            t_buffer = null;
        }

        return result;
    }

    private void Write(ReadOnlySpan<char> text, PiiMatch[] sorted, IBufferWriter<char> output, ICollection<Replacement>? replacements, DocumentScope document)
    {
        var position = 0;
        var written = 0;
        var counter = new CountingWriter(output);
        foreach (var match in sorted)
        {
            var gap = text[position..match.Start];
            output.Write(gap);
            written += gap.Length;
            var strategy = Policy.StrategyFor(match.EntityType);
            var before = counter.Written;
            strategy.Rewrite(match.TextIn(text), new ReplacementContext(match, document), counter);
            var length = counter.Written - before;
            replacements?.Add(new Replacement(match.EntityType, match.Start, match.Length, written, length, strategy.Name));
            written += length;
            position = match.End;
        }

        output.Write(text[position..]);
    }

    private static PiiMatch[] Normalize(ReadOnlySpan<char> text, ReadOnlySpan<PiiMatch> matches)
    {
        var textLength = text.Length;
        var sorted = matches.ToArray();
        foreach (var match in sorted)
        {
            if (match.Start < 0 || match.Length <= 0 || match.End > textLength)
            {
                throw new ArgumentException($"A {match.EntityType} match [{match.Start}, {match.End}) lies outside a text of length {textLength}.", nameof(matches));
            }
        }

        Array.Sort(sorted, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var match = sorted[i];
            if (kept > 0 && match.Start < sorted[kept - 1].End)
            {
                var last = sorted[kept - 1];
                var end = Math.Max(last.End, match.End);
                var winner = match.Score > last.Score ? match : last;
                sorted[kept - 1] = winner with { Start = last.Start, Length = end - last.Start };
                continue;
            }

            // Adjacent matches of the same type separated only by white space become one ("Jane" "Doe" → one PERSON).
            if (kept > 0 && sorted[kept - 1].EntityType == match.EntityType && IsWhiteSpace(text[sorted[kept - 1].End..match.Start]))
            {
                var last = sorted[kept - 1];
                sorted[kept - 1] = last with { Length = match.End - last.Start, Score = Math.Max(last.Score, match.Score) };
                continue;
            }

            sorted[kept++] = match;
        }

        return kept == sorted.Length ? sorted : sorted[..kept];
    }

    private static bool IsWhiteSpace(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts what a strategy writes, so replacements can report their output span.</summary>
    private sealed class CountingWriter(IBufferWriter<char> inner) : IBufferWriter<char>
    {
        public int Written { get; private set; }

        public void Advance(int count)
        {
            inner.Advance(count);
            Written += count;
        }

        public Memory<char> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

        public Span<char> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);
    }
}
