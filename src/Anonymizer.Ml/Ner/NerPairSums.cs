using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Anonymizer.Ml.Ner;

/// <summary>
/// The sums of a token's pair features (<see cref="NerFeatures.Pairs"/>), remembered per trigram of words: the word of
/// the token, those of its neighbours (or the block's edge) and whether it starts a sentence decide every fact those
/// features read, so a trigram met again — mail repeats its header lines, its signatures, its phrases — takes one
/// remembered sum rather than seven weight rows. Words are numbered by the <see cref="NerWordSums"/> that owns the
/// table, which empties it whenever it numbers its words afresh. Direct-mapped, keyed by the whole trigram: a trigram
/// takes the place of the one before it in its slot, unless that one is still to be read in the block being scored,
/// when its sums go to a buffer of the block's own instead. A sum found is thus always that of the trigram's features
/// themselves. Not thread-safe.
/// </summary>
internal sealed class NerPairSums
{
    /// <summary>The trigrams a table remembers by default.</summary>
    public const int DefaultCapacity = 4096;

    /// <summary>The most words a table can tell apart (numbered from 1; 0 is the block's edge).</summary>
    public const int MaxWords = 1 << 20;

    private const int C = 9;

    // Never a trigram's key: a key holds three word numbers of 21 bits each, none of them all ones (MaxWords is 2^20).
    private const ulong Empty = ulong.MaxValue;

    private readonly NerModel _model;
    private readonly ulong[] _keys;
    private readonly float[] _sums;
    private readonly int _shift;

    // The block in which each slot took its trigram, to tell a slot taken earlier in the block being assigned.
    private readonly int[] _takenIn;
    private int _block;

    // Per token of the block: where its sums are (in _sums, or ~where in _overflow); the pair features of the trigrams
    // added to the table, as row offsets, and where each one's sums go (with the count of rows, for SumRows).
    private int[] _at = [];
    private int[] _rowOffsets = [];
    private int[] _added = [];

    // The sums of a token whose slot another trigram took earlier in the block (rare): not remembered.
    private float[] _overflow = [];

    /// <summary>Creates a table of at least <paramref name="capacity"/> trigrams (a power of two, at least two).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is below 1 or above 2^22.</exception>
    public NerPairSums(NerModel model, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, 1 << 22);
        _model = model;
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 2));
        _keys = new ulong[slots];
        _keys.AsSpan().Fill(Empty);
        _sums = new float[slots * C];
        _takenIn = new int[slots];
        _shift = 64 - BitOperations.Log2((uint)slots);
    }

    /// <summary>The trigrams the table holds at most.</summary>
    public int Capacity => _keys.Length;

    /// <summary>How many sums were added up from the weight rows (trigrams not found in the table), for tests.</summary>
    public long Misses { get; private set; }

    /// <summary>Forgets every trigram (the words are about to be numbered afresh).</summary>
    public void Clear() => _keys.AsSpan().Fill(Empty);

    /// <summary>
    /// Finds the sums of the pair features of each of <paramref name="tokens"/>, adding up those of trigrams not in the
    /// table. <paramref name="words"/> holds each token's word number (from 1, at most <see cref="MaxWords"/>).
    /// </summary>
    public void Assign(ReadOnlySpan<NerToken> tokens, ReadOnlySpan<int> words)
    {
        var n = tokens.Length;
        Debug.Assert(words.Length == n, "One word number per token.");
        if (_at.Length < n)
        {
            var length = Math.Max(n, 2 * _at.Length);
            _at = new int[length];
            _rowOffsets = new int[length * NerFeatures.PairCount];
            _added = new int[length * 2];
        }

        if (++_block == int.MaxValue)
        {
            _takenIn.AsSpan().Clear();
            _block = 1;
        }

        var mask = _model.Mask;
        var added = 0;
        Span<int> features = stackalloc int[NerFeatures.PairCount];
        var keys = _keys;
        var takenIn = _takenIn;
        var at = _at;
        var block = _block;
        var shift = _shift;
        var previous = 0UL;
        var word = n > 0 ? (ulong)(uint)words[0] : 0;
        for (var i = 0; i < n; i++)
        {
            Debug.Assert(words[i] is >= 1 and <= MaxWords, "Word numbers run from 1 to MaxWords.");
            var next = i + 1 < n ? (ulong)(uint)words[i + 1] : 0;
            var key = (previous << 43) | (next << 22) | (word << 1) | (tokens[i].SentenceStart ? 1UL : 0UL);
            previous = word;
            word = next;
            var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
            if (keys[slot] == key)
            {
                // Its sums are read in this block: no other trigram may take the slot before then.
                takenIn[slot] = block;
                at[i] = slot * C;
                continue;
            }

            Misses++;
            if (takenIn[slot] == block)
            {
                // A trigram read earlier in this block holds the slot, and its sums are yet to be read. The first such
                // token of a block makes room for the whole block, so the sums written before stay where they are.
                if (_overflow.Length < n * C)
                {
                    _overflow = new float[Math.Max(n, 2 * (_overflow.Length / C)) * C];
                }

                NerFeatures.Pairs(tokens, i, mask, features, 0);
                _model.SumFeatures(features, _overflow.AsSpan(i * C, C));
                at[i] = ~(i * C);
                continue;
            }

            keys[slot] = key;
            takenIn[slot] = block;
            at[i] = slot * C;
            NerFeatures.Pairs(tokens, i, mask, _rowOffsets, added * NerFeatures.PairCount);
            _added[added * 2] = slot * C;
            _added[(added * 2) + 1] = NerFeatures.PairCount;
            added++;
        }

        var rows = _rowOffsets.AsSpan(0, added * NerFeatures.PairCount);
        _model.ToRowOffsets(rows);
        _model.SumRows(rows, _added.AsSpan(0, added * 2), _sums);
    }

    /// <summary>
    /// The sums of the pair features of token <paramref name="i"/> of the block last assigned (nine floats, the features'
    /// rows added in order from zero); valid until the next <see cref="Assign"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref float Sum(int i)
    {
        var at = _at[i];
        return ref at >= 0
            ? ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sums), at)
            : ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_overflow), ~at);
    }
}
