using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Anonymizer.Analysis;

/// <summary>
/// Where the separators that anchored patterns look for (<see cref="Chars"/>: '.', ':', '-', '/') occur in one text,
/// found in one vectorized pass and shared by every anchored pattern of the analysis: each of them used to search the
/// text for its own anchor characters, and on mail, where dots and colons are everywhere, the same characters were found
/// again by a dozen patterns. For each character two ascending lists are kept: all its positions, and those right after
/// an ASCII digit or a character above U+007F (which may be a digit of another script) — the stops of a
/// <see cref="Recognizers.PatternAnchor.FollowsDigit"/> anchor. '/' is kept only after digits (no anchor stops at every
/// slash). Part of a <see cref="TextIndex"/>; a text with more than <see cref="MaxPositions"/> positions in all has no
/// index and its patterns search the text themselves.
/// </summary>
internal sealed class PunctuationIndex
{
    /// <summary>The characters indexed, in the order of the bits of a mask (see <see cref="MaskOf"/>).</summary>
    internal const string Chars = ".:-/";

    /// <summary>The most positions kept over all lists; a text with more has no index.</summary>
    internal const int MaxPositions = 1 << 20;

    private const int CharCount = 4;
    private const int Slash = 3;
    private const int InitialCapacity = 64;

    // Per character: [k] all its positions, [CharCount + k] those right after a digit-like character.
    private readonly int[][] _lists = new int[2 * CharCount][];
    private readonly int[] _counts = new int[2 * CharCount];
    private int _total;

    /// <summary>Creates an empty index.</summary>
    internal PunctuationIndex()
    {
        for (var k = 0; k < _lists.Length; k++)
        {
            _lists[k] = new int[InitialCapacity];
        }
    }

    /// <summary>Whether the lists grew large enough that a thread should not keep them after a one-off huge text.</summary>
    internal bool IsLarge
    {
        get
        {
            foreach (var list in _lists)
            {
                if (list.Length > 1 << 16)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The mask of lists that hold every occurrence of <paramref name="anchorChars"/> (with
    /// <paramref name="afterDigit"/>, every occurrence right after a digit-like character); 0 when a character is not
    /// indexed (or is '/' without <paramref name="afterDigit"/>), and the pattern must search the text itself.
    /// </summary>
    internal static int MaskOf(string anchorChars, bool afterDigit)
    {
        var mask = 0;
        foreach (var c in anchorChars)
        {
            var k = Chars.IndexOf(c, StringComparison.Ordinal);
            if (k < 0 || (k == Slash && !afterDigit))
            {
                return 0;
            }

            mask |= 1 << k;
        }

        return mask;
    }

    /// <summary>
    /// Fills the lists for <paramref name="text"/>; <see langword="false"/> when it holds more than
    /// <see cref="MaxPositions"/> positions (the lists are then not to be used).
    /// </summary>
    internal bool Compute(ReadOnlySpan<char> text)
    {
        Array.Clear(_counts);
        _total = 0;
        if (text.IsEmpty)
        {
            return true;
        }

        // Position 0 follows nothing.
        AppendScalar(text, 0, digitLikeBefore: false);
        var i = 1;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var dot = Vector256.Create((ushort)Chars[0]);
            var colon = Vector256.Create((ushort)Chars[1]);
            var dash = Vector256.Create((ushort)Chars[2]);
            var slash = Vector256.Create((ushort)Chars[3]);
            var zero = Vector256.Create((ushort)'0');
            var ten = Vector256.Create((ushort)10);
            var ascii = Vector256.Create((ushort)127);
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var current = Vector256.LoadUnsafe(ref first, (nuint)i);
                var dots = Vector256.Equals(current, dot);
                var colons = Vector256.Equals(current, colon);
                var dashes = Vector256.Equals(current, dash);
                var slashes = Vector256.Equals(current, slash);
                if ((dots | colons | dashes | slashes) == Vector256<ushort>.Zero)
                {
                    continue;
                }

                var before = Vector256.LoadUnsafe(ref first, (nuint)(i - 1));
                var digitLike = (Vector256.LessThan(before - zero, ten) | Vector256.GreaterThan(before, ascii)).ExtractMostSignificantBits();
                if (_total > MaxPositions)
                {
                    return false;
                }

                AppendBlock(0, i, dots.ExtractMostSignificantBits(), digitLike);
                AppendBlock(1, i, colons.ExtractMostSignificantBits(), digitLike);
                AppendBlock(2, i, dashes.ExtractMostSignificantBits(), digitLike);
                AppendBlock(Slash, i, slashes.ExtractMostSignificantBits(), digitLike);
            }
        }

        for (; i < text.Length; i++)
        {
            var before = text[i - 1];
            AppendScalar(text, i, char.IsAsciiDigit(before) || before > '\u007F');
        }

        return _total <= MaxPositions;
    }

    /// <summary>
    /// The first position at or after <paramref name="from"/> of a character in <paramref name="mask"/> (only those right
    /// after a digit-like character with <paramref name="afterDigit"/>), or -1. Successive calls with a growing
    /// <paramref name="from"/> and the same <paramref name="cursor"/> walk each list once; a smaller one starts over.
    /// </summary>
    internal int Next(int mask, bool afterDigit, int from, ref PunctuationCursor cursor)
    {
        if (from < cursor.From)
        {
            cursor.Lists = default;
        }

        cursor.From = from;
        var offset = afterDigit ? CharCount : 0;
        if ((mask & (mask - 1)) == 0)
        {
            // One character: one list.
            return NextIn(offset + BitOperations.TrailingZeroCount(mask), from, ref cursor.Lists[BitOperations.TrailingZeroCount(mask)]);
        }

        var next = -1;
        for (var k = 0; k < CharCount; k++)
        {
            if ((mask & (1 << k)) != 0)
            {
                var candidate = NextIn(offset + k, from, ref cursor.Lists[k]);
                if (candidate >= 0 && (next < 0 || candidate < next))
                {
                    next = candidate;
                }
            }
        }

        return next;
    }

    private int NextIn(int list, int from, ref int at)
    {
        var positions = _lists[list];
        var count = _counts[list];
        while (at < count && positions[at] < from)
        {
            at++;
        }

        return at < count ? positions[at] : -1;
    }

    private void AppendScalar(ReadOnlySpan<char> text, int i, bool digitLikeBefore)
    {
        var k = Chars.IndexOf(text[i], StringComparison.Ordinal);
        if (k < 0)
        {
            return;
        }

        if (k != Slash)
        {
            Append(k, i);
        }

        if (digitLikeBefore)
        {
            Append(CharCount + k, i);
        }
    }

    // Appends the hits of one block of sixteen characters starting at `start`: all of them to the character's list of
    // every position ('/' excepted), those after a digit-like character to its second list.
    private void AppendBlock(int k, int start, uint hits, uint digitLike)
    {
        if (hits == 0)
        {
            return;
        }

        if (k != Slash)
        {
            AppendBits(k, start, hits);
        }

        AppendBits(CharCount + k, start, hits & digitLike);
    }

    private void AppendBits(int list, int start, uint bits)
    {
        if (bits == 0)
        {
            return;
        }

        var count = _counts[list];
        var positions = EnsureRoom(list, count + BitOperations.PopCount(bits));
        while (bits != 0)
        {
            positions[count++] = start + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
        }

        _total += count - _counts[list];
        _counts[list] = count;
    }

    private void Append(int list, int position)
    {
        var count = _counts[list];
        EnsureRoom(list, count + 1)[count] = position;
        _counts[list] = count + 1;
        _total++;
    }

    private int[] EnsureRoom(int list, int needed)
    {
        if (_lists[list].Length < needed)
        {
            Array.Resize(ref _lists[list], Math.Max(needed, _lists[list].Length * 2));
        }

        return _lists[list];
    }
}

/// <summary>Where a walk through a <see cref="PunctuationIndex"/> has got to (see <see cref="PunctuationIndex.Next"/>).</summary>
internal struct PunctuationCursor
{
    /// <summary>The <c>from</c> of the last call; a smaller one starts the walk over.</summary>
    internal int From;

    /// <summary>Per character of <see cref="PunctuationIndex.Chars"/>, the first list entry not yet passed.</summary>
    internal PunctuationCursorLists Lists;
}

/// <summary>Four list positions, one per character of <see cref="PunctuationIndex.Chars"/>.</summary>
[InlineArray(4)]
internal struct PunctuationCursorLists
{
    private int _first;
}
