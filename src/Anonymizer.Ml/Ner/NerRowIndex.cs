using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Anonymizer.Ml.Ner;

/// <summary>
/// Which weight row of <see cref="NerModel"/> each feature bucket has: row 0 (all zeros) for a bucket without weights,
/// else 1 + the number of buckets with weights before it, so rows are in bucket order. Held as one bit per bucket and,
/// per 64 buckets, the count of those with weights before them: 40 KB for 2^18 buckets where a table of one row
/// number per bucket takes 512 KB, so the lookup that precedes every weight row's load stays in the core's caches.
/// Immutable and thread-safe.
/// </summary>
internal sealed class NerRowIndex
{
    private readonly ulong[] _present;
    private readonly ushort[] _before;

    /// <summary>Indexes the buckets for which <paramref name="hasRow"/> is true.</summary>
    /// <param name="buckets">The number of buckets (a multiple of 64).</param>
    /// <param name="hasRow">Whether a bucket has a row of weights.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="buckets"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="buckets"/> is not a multiple of 64, or more than <see cref="MaxRows"/> buckets have rows.</exception>
    public NerRowIndex(int buckets, Func<int, bool> hasRow)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(buckets);
        if (buckets % 64 != 0)
        {
            throw new ArgumentException("The bucket count must be a multiple of 64.", nameof(buckets));
        }

        _present = new ulong[buckets / 64];
        _before = new ushort[buckets / 64];
        var rows = 0;
        for (var word = 0; word < _present.Length; word++)
        {
            if (rows > MaxRows)
            {
                throw TooMany();
            }

            _before[word] = (ushort)rows;
            for (var bit = 0; bit < 64; bit++)
            {
                if (hasRow((word * 64) + bit))
                {
                    _present[word] |= 1UL << bit;
                    rows++;
                }
            }
        }

        if (rows > MaxRows)
        {
            throw TooMany();
        }

        Rows = rows;
    }

    /// <summary>The most buckets that may have rows (row numbers are kept in 16 bits).</summary>
    public const int MaxRows = ushort.MaxValue;

    /// <summary>The number of buckets with a row.</summary>
    public int Rows { get; }

    /// <summary>The row of <paramref name="bucket"/>: 0 when it has none, else its rank among those with rows, from 1.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="bucket"/> is not one of the buckets.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(int bucket) => RankOf(_present, _before, bucket);

    /// <summary>
    /// Replaces each bucket of <paramref name="buckets"/> by where its row starts in rows of <paramref name="rowLength"/>
    /// values (<see cref="RowOf"/> times the length): one call for many buckets, with the index's tables held in
    /// registers rather than read again for each.
    /// </summary>
    /// <exception cref="IndexOutOfRangeException">A bucket is not one of the buckets.</exception>
    public void ToRowOffsets(Span<int> buckets, int rowLength)
    {
        var present = _present;
        var before = _before;
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = RankOf(present, before, buckets[i]) * rowLength;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RankOf(ulong[] present, ushort[] before, int bucket)
    {
        var word = bucket >> 6;
        var bits = present[word];

        // The same length as present, whose read has just checked the index.
        var rowsBefore = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(before), word);
        var bit = bucket & 63;
        var below = BitOperations.PopCount(bits & ((1UL << bit) - 1));
        return (int)((bits >> bit) & 1) * (rowsBefore + below + 1);
    }

    private static ArgumentException TooMany() =>
        new($"More than {MaxRows} feature buckets have non-zero weights; train with a stronger L1 penalty.");
}
