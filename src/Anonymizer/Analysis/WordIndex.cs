using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Anonymizer.Analysis;

/// <summary>
/// The words of one text that whole-word patterns (see <see cref="Recognizers.RegexShape.WholeWord"/>) can match, found
/// once per analysis with vectorized compares: the ASCII words — maximal runs of <c>[A-Za-z0-9_]</c> — that hold a digit
/// or are at least <see cref="AllWordsFrom"/> characters long, grouped by length; and the mixed runs, maximal runs of
/// ASCII word characters and characters above U+007F that hold at least one of the latter (where the regex engine's idea
/// of a word, which takes in letters of every script, can differ from the ASCII one). A word's digit count and character
/// set are computed the first time a pattern asks. Part of a <see cref="TextIndex"/>, reused from text to text.
/// </summary>
internal sealed class WordIndex
{
    /// <summary>Words up to this length have a bucket each; longer ones share one.</summary>
    internal const int MaxBucketLength = 64;

    /// <summary>ASCII words without a digit are kept from this length on (shorter ones only when they hold a digit).</summary>
    internal const int AllWordsFrom = 16;

    private const int NotComputed = -1;

    private int[] _starts = new int[256];
    private int[] _lengths = new int[256];
    private bool[] _touchesNonAscii = new bool[256];
    private int[] _digits = new int[256];
    private ulong[] _low = new ulong[256];
    private ulong[] _high = new ulong[256];
    private readonly int[][] _buckets = new int[MaxBucketLength + 2][];
    private readonly int[] _bucketCounts = new int[MaxBucketLength + 2];
    private int _count;
    private int[] _mixed = new int[16];
    private int[] _longWords = new int[16];
    private int _mixedCount;

    internal WordIndex()
    {
        for (var i = 0; i < _buckets.Length; i++)
        {
            _buckets[i] = new int[16];
        }
    }

    /// <summary>Where ASCII word <paramref name="word"/> starts.</summary>
    internal int Start(int word) => _starts[word];

    /// <summary>The length of ASCII word <paramref name="word"/>.</summary>
    internal int Length(int word) => _lengths[word];

    /// <summary>Whether ASCII word <paramref name="word"/> has a character above U+007F right before or after it.</summary>
    internal bool TouchesNonAscii(int word) => _touchesNonAscii[word];

    /// <summary>
    /// The kept ASCII words of <paramref name="length"/> characters (all longer than <see cref="MaxBucketLength"/> for
    /// more), as indexes in text order.
    /// </summary>
    internal ReadOnlySpan<int> OfLength(int length)
    {
        var bucket = Math.Min(length, MaxBucketLength + 1);
        return _buckets[bucket].AsSpan(0, _bucketCounts[bucket]);
    }

    /// <summary>The mixed runs, as pairs of start and end (exclusive), in text order.</summary>
    internal ReadOnlySpan<int> MixedRuns => _mixed.AsSpan(0, _mixedCount);

    /// <summary>How many ASCII digits word <paramref name="word"/> holds.</summary>
    internal int Digits(ReadOnlySpan<char> text, int word)
    {
        if (_digits[word] == NotComputed)
        {
            Describe(text, word);
        }

        return _digits[word];
    }

    /// <summary>Whether every character of ASCII word <paramref name="word"/> lies in <paramref name="alphabet"/>.</summary>
    internal bool IsIn(ReadOnlySpan<char> text, int word, Recognizers.CharAlphabet alphabet)
    {
        if (_digits[word] == NotComputed)
        {
            Describe(text, word);
        }

        return alphabet.Covers(_low[word], _high[word], nonAscii: false);
    }

    private void Describe(ReadOnlySpan<char> text, int word)
    {
        ulong low = 0;
        ulong high = 0;
        var digits = 0;
        foreach (var c in text.Slice(_starts[word], _lengths[word]))
        {
            if (c < 64)
            {
                low |= 1UL << c;
                digits += char.IsAsciiDigit(c) ? 1 : 0;
            }
            else
            {
                high |= 1UL << (c - 64);
            }
        }

        _low[word] = low;
        _high[word] = high;
        _digits[word] = digits;
    }

    /// <summary>
    /// Finds the words of <paramref name="text"/>, replacing those of the previous text. With the text's digit positions
    /// (<paramref name="digits"/>, when <paramref name="haveDigits"/>), the words holding a digit are read around those
    /// digits, and the vectorized pass only looks for long words and characters above U+007F; without, every word is
    /// read in one pass.
    /// </summary>
    internal void Compute(ReadOnlySpan<char> text, ReadOnlySpan<int> digits, bool haveDigits)
    {
        if (!haveDigits || !Vector256.IsHardwareAccelerated)
        {
            Compute(text);
            return;
        }

        _count = 0;
        _mixedCount = 0;
        Array.Clear(_bucketCounts);
        var longWords = FindLongWordsAndMixedRuns(text);
        var nextLong = 0;
        var wordEnd = -1;
        foreach (var digit in digits)
        {
            if (digit < wordEnd || !char.IsAsciiDigit(text[digit]))
            {
                continue;
            }

            (var start, wordEnd) = RunAround(text, digit, mixed: false);

            // Long words before this one, then this one (a long word with a digit is found both ways: added once).
            for (; nextLong < longWords.Length && longWords[nextLong] <= start; nextLong += 2)
            {
                if (longWords[nextLong] < start)
                {
                    Add(text, longWords[nextLong], longWords[nextLong + 1] - longWords[nextLong], hasDigit: false);
                }
            }

            Add(text, start, wordEnd - start, hasDigit: true);
        }

        for (; nextLong < longWords.Length; nextLong += 2)
        {
            Add(text, longWords[nextLong], longWords[nextLong + 1] - longWords[nextLong], hasDigit: false);
        }
    }

    // The words of at least AllWordsFrom characters (pairs of start and end, in order) and the mixed runs. Such a word
    // covers an aligned block of eight word characters, so only those blocks are followed up.
    private ReadOnlySpan<int> FindLongWordsAndMixedRuns(ReadOnlySpan<char> text)
    {
        var count = 0;
        var mixedEnd = 0;
        var lastEnd = 0;
        var i = 0;
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        for (; i <= text.Length - 32; i += 32)
        {
            var (words0, _, other0) = Classify(Vector256.LoadUnsafe(ref first, (nuint)i));
            var (words1, _, other1) = Classify(Vector256.LoadUnsafe(ref first, (nuint)(i + 16)));
            var words = words0 | (words1 << 16);
            var nonAscii = other0 | (other1 << 16);
            if (nonAscii != 0)
            {
                mixedEnd = AddMixedRuns(text, i, nonAscii, mixedEnd);
            }

            for (var chunk = 0; chunk < 32; chunk += 8)
            {
                if (((words >> chunk) & 0xFF) == 0xFF && i + chunk >= lastEnd)
                {
                    lastEnd = AddLongWord(text, i + chunk, ref count);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 128 && i >= mixedEnd)
            {
                mixedEnd = AddMixedRun(text, i);
            }

            if (IsWordChar(c) && i >= lastEnd)
            {
                lastEnd = AddLongWord(text, i, ref count);
            }
        }

        return _longWords.AsSpan(0, count);
    }

    // The word through position at: kept when long enough; returns its end.
    private int AddLongWord(ReadOnlySpan<char> text, int at, ref int count)
    {
        var (start, end) = RunAround(text, at, mixed: false);
        if (end - start >= AllWordsFrom)
        {
            if (count + 2 > _longWords.Length)
            {
                Array.Resize(ref _longWords, _longWords.Length * 2);
            }

            _longWords[count++] = start;
            _longWords[count++] = end;
        }

        return end;
    }

    /// <summary>Finds the words of <paramref name="text"/> in one pass over every character, replacing those of the previous text.</summary>
    internal void Compute(ReadOnlySpan<char> text)
    {
        _count = 0;
        _mixedCount = 0;
        Array.Clear(_bucketCounts);
        var wordStart = -1;
        var hasDigit = false;
        var mixedEnd = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= 32)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - 32; i += 32)
            {
                var (words0, digits0, other0) = Classify(Vector256.LoadUnsafe(ref first, (nuint)i));
                var (words1, digits1, other1) = Classify(Vector256.LoadUnsafe(ref first, (nuint)(i + 16)));
                ulong words = words0 | (words1 << 16);
                ulong digits = digits0 | (digits1 << 16);
                var nonAscii = other0 | (other1 << 16);
                if (nonAscii != 0)
                {
                    mixedEnd = AddMixedRuns(text, i, nonAscii, mixedEnd);
                }

                // Transitions: a word starts at a word character after a character that is not one, and ends at the first
                // character after it that is not one. Starts and ends alternate.
                var previousIsWord = wordStart >= 0 ? 1UL : 0UL;
                var starts = words & ~((words << 1) | previousIsWord);
                var ends = ~words & ((words << 1) | previousIsWord) & 0xFFFF_FFFFUL;
                while (true)
                {
                    if (wordStart >= 0)
                    {
                        var from = Math.Max(wordStart - i, 0);
                        if (ends == 0)
                        {
                            hasDigit |= (digits >> from) != 0;
                            break;
                        }

                        var end = BitOperations.TrailingZeroCount(ends);
                        hasDigit |= (digits & ((1UL << end) - 1) & ~((1UL << from) - 1)) != 0;
                        Add(text, wordStart, i + end - wordStart, hasDigit);
                        ends &= ends - 1;
                        wordStart = -1;
                    }
                    else
                    {
                        if (starts == 0)
                        {
                            break;
                        }

                        wordStart = i + BitOperations.TrailingZeroCount(starts);
                        hasDigit = false;
                        starts &= starts - 1;
                    }
                }
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                    hasDigit = false;
                }

                hasDigit |= char.IsAsciiDigit(c);
            }
            else
            {
                if (wordStart >= 0)
                {
                    Add(text, wordStart, i - wordStart, hasDigit);
                    wordStart = -1;
                }

                if (c >= 128 && i >= mixedEnd)
                {
                    mixedEnd = AddMixedRun(text, i);
                }
            }
        }

        if (wordStart >= 0)
        {
            Add(text, wordStart, text.Length - wordStart, hasDigit);
        }
    }

    // Bits of the word characters, the digits and the characters above U+007F among 16.
    private static (uint Words, uint Digits, uint NonAscii) Classify(Vector256<ushort> block)
    {
        var digit = Vector256.LessThan(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        var letter = Vector256.LessThan((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        var underscore = Vector256.Equals(block, Vector256.Create((ushort)'_'));
        var nonAscii = Vector256.GreaterThan(block, Vector256.Create((ushort)127));
        return ((digit | letter | underscore).ExtractMostSignificantBits(), digit.ExtractMostSignificantBits(), nonAscii.ExtractMostSignificantBits());
    }

    // The mixed runs through the characters above U+007F of one block that no earlier run covers; returns the end of the last.
    private int AddMixedRuns(ReadOnlySpan<char> text, int blockStart, uint nonAscii, int mixedEnd)
    {
        while (nonAscii != 0)
        {
            var at = blockStart + BitOperations.TrailingZeroCount(nonAscii);
            nonAscii &= nonAscii - 1;
            if (at >= mixedEnd)
            {
                mixedEnd = AddMixedRun(text, at);
            }
        }

        return mixedEnd;
    }

    // The maximal run of ASCII word characters and characters above U+007F around position at (one of the latter).
    private int AddMixedRun(ReadOnlySpan<char> text, int at)
    {
        var (start, end) = RunAround(text, at, mixed: true);
        if (_mixedCount + 2 > _mixed.Length)
        {
            Array.Resize(ref _mixed, _mixed.Length * 2);
        }

        _mixed[_mixedCount++] = start;
        _mixed[_mixedCount++] = end;
        return end;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // The maximal run around position at of ASCII word characters, and with mixed of characters above U+007F too.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static (int Start, int End) RunAround(ReadOnlySpan<char> text, int at, bool mixed)
    {
        var start = at;
        while (start > 0 && (mixed ? IsMixedChar(text[start - 1]) : IsWordChar(text[start - 1])))
        {
            start--;
        }

        var end = at + 1;
        while (end < text.Length && (mixed ? IsMixedChar(text[end]) : IsWordChar(text[end])))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsMixedChar(char c) => c >= 128 || IsWordChar(c);

    private void Add(ReadOnlySpan<char> text, int start, int length, bool hasDigit)
    {
        if (!hasDigit && length < AllWordsFrom)
        {
            return;
        }

        if (_count == _starts.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _touchesNonAscii, size);
            Array.Resize(ref _digits, size);
            Array.Resize(ref _low, size);
            Array.Resize(ref _high, size);
        }

        _starts[_count] = start;
        _lengths[_count] = length;
        _touchesNonAscii[_count] = (start > 0 && text[start - 1] >= 128) || (start + length < text.Length && text[start + length] >= 128);
        _digits[_count] = NotComputed;
        var bucketIndex = Math.Min(length, MaxBucketLength + 1);
        ref var bucket = ref _buckets[bucketIndex];
        if (_bucketCounts[bucketIndex] == bucket.Length)
        {
            Array.Resize(ref bucket, bucket.Length * 2);
        }

        bucket[_bucketCounts[bucketIndex]++] = _count;
        _count++;
    }

    /// <summary>Whether the arrays grew past what a thread should keep between texts.</summary>
    internal bool IsLarge => _starts.Length > 1 << 16 || _mixed.Length > 1 << 16 || _longWords.Length > 1 << 16;
}
