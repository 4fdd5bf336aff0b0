using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Anonymizer.Analysis;

/// <summary>
/// What the pattern recognizers of one analysis share about its text, each part found on first use: the positions of
/// the decimal digits (what <c>\d</c> matches) for recognizers that look for digit-dense candidates (see
/// <see cref="Recognizers.DigitHint"/>), the text's ASCII words (see <see cref="WordIndex"/>), and where its separators
/// are for anchored patterns (see <see cref="PunctuationIndex"/>). Rented per thread,
/// so an analysis allocates nothing for it; texts with more than <see cref="MaxPositions"/> digits have no digit index
/// and the recognizers scan them whole.
/// </summary>
internal sealed class TextIndex
{
    /// <summary>The most digit positions kept (4 MB); a text with more is scanned without the index.</summary>
    internal const int MaxPositions = 1 << 20;

    [ThreadStatic]
    private static TextIndex? t_spare;

    private int[] _positions = new int[256];
    private int _count = NotComputed;

    private WordIndex? _words;
    private bool _wordsComputed;
    private PunctuationIndex? _punctuation;
    private bool _punctuationComputed;
    private bool _punctuationUsable;
    private int[] _settled = new int[16];
    private (int Start, int End, double Score)[] _spans = new (int, int, double)[16];
    private int _settledCount;
    private const int NotComputed = -1;
    private const int TooMany = -2;

    /// <summary>An index for one text on this thread; give it back with <see cref="Return"/>.</summary>
    internal static TextIndex Rent()
    {
        var index = t_spare ?? new TextIndex();
        t_spare = null;
        index._count = NotComputed;
        index._ascii = AsciiUnknown;
        index._wordsComputed = false;
        index._punctuationComputed = false;
        index._settledCount = 0;
        return index;
    }

    /// <summary>Gives an index back for the next text on this thread.</summary>
    internal static void Return(TextIndex index)
    {
        if (index._positions.Length > 1 << 18)
        {
            // A one-off huge text should not pin large arrays to this thread.
            index._positions = new int[256];
        }

        if (index._words?.IsLarge == true)
        {
            index._words = null;
        }

        if (index._punctuation?.IsLarge == true)
        {
            index._punctuation = null;
        }

        if (index._spans.Length > 1 << 16)
        {
            index._spans = new (int, int, double)[16];
            index._settled = new int[16];
        }

        t_spare = index;
    }

    /// <summary>
    /// The ascending positions of the digits of <paramref name="text"/> — always the text this index was rented for —
    /// computed on first use; <see langword="false"/> when the text has too many digits to index.
    /// </summary>
    internal bool TryGetPositions(ReadOnlySpan<char> text, out ReadOnlySpan<int> positions)
    {
        if (_count == NotComputed)
        {
            _count = Compute(text);
        }

        positions = _count >= 0 ? _positions.AsSpan(0, _count) : default;
        return _count >= 0;
    }

    /// <summary>
    /// How many digits (what <c>\d</c> matches) <paramref name="text"/> holds — always the text this index was rented
    /// for — or <see cref="int.MaxValue"/> when too many to index.
    /// </summary>
    internal int DigitCount(ReadOnlySpan<char> text) => TryGetPositions(text, out var positions) ? positions.Length : int.MaxValue;

    /// <summary>
    /// Whether <paramref name="text"/> — always the text this index was rented for — holds only ASCII characters, found
    /// on first use.
    /// </summary>
    internal bool IsAscii(ReadOnlySpan<char> text)
    {
        if (_ascii == AsciiUnknown)
        {
            _ascii = System.Text.Ascii.IsValid(text) ? AsciiYes : AsciiNo;
        }

        return _ascii == AsciiYes;
    }

    private int _ascii;
    private const int AsciiUnknown = 0;
    private const int AsciiYes = 1;
    private const int AsciiNo = 2;

    /// <summary>
    /// The words of <paramref name="text"/> that whole-word patterns can match (see <see cref="WordIndex"/>), computed on
    /// first use and kept for the rest of the analysis.
    /// </summary>
    internal WordIndex WordsOf(ReadOnlySpan<char> text)
    {
        _words ??= new WordIndex();
        if (!_wordsComputed)
        {
            var haveDigits = TryGetPositions(text, out var digits);
            _words.Compute(text, digits, haveDigits);
            _wordsComputed = true;
        }

        return _words;
    }

    /// <summary>
    /// Where the separators of <paramref name="text"/> are (see <see cref="PunctuationIndex"/>), computed on first use;
    /// <see langword="null"/> when the text holds too many to index.
    /// </summary>
    internal PunctuationIndex? PunctuationOf(ReadOnlySpan<char> text)
    {
        if (!_punctuationComputed)
        {
            _punctuation ??= new PunctuationIndex();
            _punctuationUsable = _punctuation.Compute(text);
            _punctuationComputed = true;
        }

        return _punctuationUsable ? _punctuation : null;
    }

    /// <summary>
    /// The spans (pairs of start and end, by start) of matches already found that a recognizer run later cannot displace
    /// or change: each scores above anything those recognizers can report, overlaps no match that starts before it or
    /// reaches past its end, and holds only matches it beats in overlap resolution (a lower score, or the same score and
    /// shorter: the date in a URL's path, say). Overlap resolution keeps it whatever the later recognizers find, and a
    /// later match inside it loses to it and displaces nothing, so the recognizers that run last
    /// (<see cref="Recognizer.RunsLast"/>) may skip these spans. Empty unless the analyzer set them.
    /// </summary>
    internal ReadOnlySpan<int> Settled => _settled.AsSpan(0, _settledCount);

    /// <summary>Sets <see cref="Settled"/> from the matches found so far (already filtered and scored).</summary>
    /// <param name="text">The text analyzed.</param>
    /// <param name="matches">The matches of every recognizer that ran so far.</param>
    /// <param name="above">The highest scores the recognizers still to run can report; settled matches score more than
    /// any of theirs inside them can.</param>
    internal void Settle(ReadOnlySpan<char> text, ReadOnlySpan<PiiMatch> matches, LastRunScores above)
    {
        _settledCount = 0;
        if (_spans.Length < matches.Length)
        {
            _spans = new (int, int, double)[Math.Max(matches.Length, _spans.Length * 2)];
        }

        var spans = _spans.AsSpan(0, matches.Length);
        for (var i = 0; i < matches.Length; i++)
        {
            spans[i] = (matches[i].Start, matches[i].End, matches[i].Score);
        }

        // By start, the longer first (then the higher score): a span comes after every span that starts before it or
        // holds it.
        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End) : b.Score.CompareTo(a.Score));

        // A span overlaps an earlier one when it starts before the furthest end so far. The spans after it that start
        // before its end must each lie inside it and lose to it (a lower score, or the same score and shorter).
        var furthestEnd = int.MinValue;
        for (var i = 0; i < spans.Length; i++)
        {
            var (start, end, score) = spans[i];
            var overlapsEarlier = start < furthestEnd;
            furthestEnd = Math.Max(furthestEnd, end);
            if (score <= above.Base || overlapsEarlier || !HoldsOnlyLosers(spans, i)
                || (score <= above.Highest && score <= above.HighestWithin(text, start, end)))
            {
                continue;
            }

            if (_settledCount + 2 > _settled.Length)
            {
                Array.Resize(ref _settled, _settled.Length * 2);
            }

            _settled[_settledCount++] = start;
            _settled[_settledCount++] = end;
        }
    }

    // Whether every span after spans[i] that starts before its end lies inside it and loses to it in overlap resolution.
    // Only spans overlapped by no earlier one get here, and those do not overlap one another, so the spans looked at
    // over one call of Settle are each looked at once.
    private static bool HoldsOnlyLosers(ReadOnlySpan<(int Start, int End, double Score)> spans, int i)
    {
        var (start, end, score) = spans[i];
        for (var k = i + 1; k < spans.Length && spans[k].Start < end; k++)
        {
            var inner = spans[k];
            var loses = inner.Score < score || (inner.Score == score && inner.End - inner.Start < end - start);
            if (inner.End > end || !loses)
            {
                return false;
            }
        }

        return true;
    }

    private int Compute(ReadOnlySpan<char> text)
    {
        var count = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count)
        {
            // Sixteen characters at a time: ASCII digits by one compare, blocks with non-ASCII characters one by one.
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var zero = Vector256.Create((ushort)'0');
            var ten = Vector256.Create((ushort)10);
            var nonAscii = Vector256.Create((ushort)0xFF80);
            for (; i <= text.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                if (count > _positions.Length - Vector256<ushort>.Count && !Grow(count + Vector256<ushort>.Count))
                {
                    return TooMany;
                }

                var block = Vector256.LoadUnsafe(ref first, (nuint)i);
                if ((block & nonAscii) != Vector256<ushort>.Zero)
                {
                    for (var j = i; j < i + Vector256<ushort>.Count; j++)
                    {
                        if (char.IsDigit(text[j]))
                        {
                            _positions[count++] = j;
                        }
                    }

                    continue;
                }

                var digits = Vector256.LessThan(block - zero, ten).ExtractMostSignificantBits();
                while (digits != 0)
                {
                    _positions[count++] = i + BitOperations.TrailingZeroCount(digits);
                    digits &= digits - 1;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]))
            {
                if (count == _positions.Length && !Grow(count + 1))
                {
                    return TooMany;
                }

                _positions[count++] = i;
            }
        }

        return count > MaxPositions ? TooMany : count;
    }

    private bool Grow(int needed)
    {
        if (needed > MaxPositions + Vector256<ushort>.Count)
        {
            return false;
        }

        Array.Resize(ref _positions, Math.Min(MaxPositions + Vector256<ushort>.Count, Math.Max(_positions.Length * 2, needed)));
        return true;
    }
}
