using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Anonymizer.Ml.Ner;

/// <summary>
/// The parts of the emission scores that depend on one word only, summed once per distinct word rather than once per
/// token: a word's own features (at a sentence start and not) and the features each neighbouring token gets from it.
/// Words are the same when every fact those features read is (<see cref="NerFeatures.SameWord"/>), so the sums are
/// those of the features themselves whichever token first brought a word in, in whichever text. A table outlives the
/// text it was filled from (the recognizer keeps one per thread), and when it is full it starts afresh; it is not
/// thread-safe. <see cref="Assign"/> is called for each block before its scores are read. The table also keeps the
/// sums of pair features per trigram of its words (<see cref="PairSum"/>, a <see cref="NerPairSums"/>), which it empties
/// when it starts afresh.
/// </summary>
internal sealed class NerWordSums
{
    /// <summary>The distinct words a table holds by default before it starts afresh.</summary>
    public const int DefaultCapacity = 8192;

    /// <summary>The row offsets queued before they are added up (see <see cref="NerWordSums"/>'s constructor).</summary>
    public const int DefaultRowQueueLength = 4096;

    /// <summary>The sums queued before they are added up.</summary>
    public const int DefaultSumQueueLength = 512;

    // Per word: its own sums not at a sentence start and at one, then one per neighbour role (nine floats each).
    private const int OwnRoles = 2;
    private const int Roles = OwnRoles + 4;
    private const int C = 9;

    private readonly int _capacity;
    private readonly int[] _slots;
    private readonly NerToken[] _words;
    private readonly byte[] _ownSummed;
    private readonly float[] _sums;
    private int _count;

    // The sums of pair features, per trigram of this table's words (twice as many trigrams as words, up to
    // NerPairSums.DefaultCapacity).
    private readonly NerPairSums _pairSums;

    // Per token of the block being scored: where its word's sums start, where its own sums (at a sentence start or
    // not) are, and its word's number from 1 (for the table of pair sums).
    private int[] _wordAt = [];
    private int[] _ownAt = [];
    private int[] _wordOf = [];
    private int _blockLength;

    // Sums waiting to be added up: the row offsets of their features, and per sum where it goes and how many rows it
    // has. Queued while the block's words are found and added up together, so that the loads of many words' rows are
    // in flight at once rather than one word's after another's.
    private readonly int[] _queuedRows;
    private readonly int[] _queuedSums;
    private int _queuedRowCount;
    private int _queuedSumCount;

    /// <summary>
    /// Creates a table of at least <paramref name="capacity"/> words (a power of two), adding up queued sums whenever
    /// <paramref name="rowQueueLength"/> row offsets or <paramref name="sumQueueLength"/> sums wait (tests make all
    /// three small).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The capacity is below 1 or above 2^20 (<see cref="NerPairSums.MaxWords"/>), the row queue holds fewer than one
    /// token's features, or the sum queue none.
    /// </exception>
    public NerWordSums(NerModel model, int capacity = DefaultCapacity, int rowQueueLength = DefaultRowQueueLength, int sumQueueLength = DefaultSumQueueLength)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, NerPairSums.MaxWords);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowQueueLength, NerFeatures.MaxFeatures);
        ArgumentOutOfRangeException.ThrowIfLessThan(sumQueueLength, 1);
        Model = model;
        _capacity = (int)BitOperations.RoundUpToPowerOf2((uint)capacity);
        _slots = new int[_capacity * 2];
        _words = new NerToken[_capacity];
        _ownSummed = new byte[_capacity];
        _sums = new float[_capacity * Roles * C];
        _queuedRows = new int[rowQueueLength];
        _queuedSums = new int[sumQueueLength * 2];
        _pairSums = new NerPairSums(model, Math.Min(2 * _capacity, NerPairSums.DefaultCapacity));
    }

    /// <summary>The model whose weights the sums add up.</summary>
    public NerModel Model { get; }

    /// <summary>The most words of one block: the table's capacity.</summary>
    public int Capacity => _capacity;

    /// <summary>
    /// Finds the word of each of <paramref name="tokens"/> (at most <see cref="Capacity"/>), summing the features
    /// neighbours get from each word not seen before, and a word's own features at a sentence start or not the first
    /// time a token needs them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The block has more tokens than the table holds words.</exception>
    public void Assign(ReadOnlySpan<NerToken> tokens)
    {
        var n = tokens.Length;
        if (n > _capacity)
        {
            throw new ArgumentOutOfRangeException(nameof(tokens), $"A block of {n} tokens is more than the table of words holds ({_capacity}).");
        }

        if (_count + n > _capacity)
        {
            _slots.AsSpan().Clear();
            _count = 0;
            _pairSums.Clear();
        }

        if (_wordAt.Length < n)
        {
            _wordAt = new int[Math.Max(n, 2 * _wordAt.Length)];
            _ownAt = new int[_wordAt.Length];
            _wordOf = new int[_wordAt.Length];
        }

        _blockLength = n;
        Span<int> features = stackalloc int[NerFeatures.MaxFeatures];
        var mask = Model.Mask;
        var slotMask = (_capacity * 2) - 1;
        for (var i = 0; i < n; i++)
        {
            ref readonly var token = ref tokens[i];
            var slot = NerFeatures.WordHash(token) & slotMask;
            int word;
            while (true)
            {
                var entry = _slots[slot];
                if (entry == 0)
                {
                    word = _count++;
                    _slots[slot] = word + 1;
                    _words[word] = token;
                    _ownSummed[word] = 0;
                    foreach (var role in NerFeatures.NeighbourRoles)
                    {
                        var count = NerFeatures.Neighbour(role, token, mask, features, 0);
                        Queue(features[..count], ((word * Roles) + OwnRoles + (int)role) * C);
                    }

                    break;
                }

                if (NerFeatures.SameWord(_words[entry - 1], token))
                {
                    word = entry - 1;
                    break;
                }

                slot = (slot + 1) & slotMask;
            }

            // The word's own sums at a sentence start or not, whichever this token needs, the first time it is needed.
            var atStart = token.SentenceStart;
            var ownAt = ((word * Roles) + (atStart ? 1 : 0)) * C;
            _wordAt[i] = word * Roles * C;
            _wordOf[i] = word + 1;
            _ownAt[i] = ownAt;
            var bit = atStart ? 2 : 1;
            if ((_ownSummed[word] & bit) == 0)
            {
                var count = NerFeatures.Own(token, atStart, mask, features, 0);
                Queue(features[..count], ownAt);
                _ownSummed[word] |= (byte)bit;
            }
        }

        AddUpQueued();
        _pairSums.Assign(tokens, _wordOf.AsSpan(0, n));
    }

    /// <summary>The sums of the own features of the block's token <paramref name="i"/> (nine floats).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref float Own(int i) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sums), _ownAt[i]);

    /// <summary>
    /// The sums of the features the block's token <paramref name="i"/> gets from its neighbour in
    /// <paramref name="role"/>, or from the block's edge where it has none (nine floats).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref float GivenTo(int i, NerNeighbour role)
    {
        var j = i + NerFeatures.NeighbourOffset(role);
        return ref (uint)j < (uint)_blockLength
            ? ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sums), _wordAt[j] + ((OwnRoles + (int)role) * C))
            : ref Model.BoundarySum(role);
    }

    /// <summary>The sums of the pair features of the block's token <paramref name="i"/> (nine floats).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref float PairSum(int i) => ref _pairSums.Sum(i);

    // Queues the sum of the weights of `features` (a word's own or neighbour features) for the nine floats at `sumsAt`.
    private void Queue(scoped ReadOnlySpan<int> features, int sumsAt)
    {
        if (_queuedRowCount + features.Length > _queuedRows.Length || _queuedSumCount * 2 == _queuedSums.Length)
        {
            AddUpQueued();
        }

        _queuedSums[_queuedSumCount * 2] = sumsAt;
        _queuedSums[(_queuedSumCount * 2) + 1] = features.Length;
        _queuedSumCount++;
        var queued = _queuedRows.AsSpan(_queuedRowCount, features.Length);
        features.CopyTo(queued);
        Model.ToRowOffsets(queued);
        _queuedRowCount += features.Length;
    }

    private void AddUpQueued()
    {
        Model.SumRows(_queuedRows.AsSpan(0, _queuedRowCount), _queuedSums.AsSpan(0, _queuedSumCount * 2), _sums);
        _queuedRowCount = 0;
        _queuedSumCount = 0;
    }
}
