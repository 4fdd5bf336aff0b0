using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Anonymizer.Ml.Ner;

/// <summary>
/// The parts of the emission scores that depend on one word only, summed once per distinct word of a text rather than
/// once per token: a word's own features (at a sentence start and not) and the features each neighbouring token gets
/// from it. Words are the same when every fact those features read is (<see cref="NerFeatures.SameWord"/>), so the
/// sums are those of the features themselves whichever token first brought a word in. Scratch of one text, on pooled
/// arrays; <see cref="Assign"/> is called for each block before its scores are read.
/// </summary>
internal ref struct NerWordSums
{
    /// <summary>The most distinct words kept at once: a text with more starts afresh at the next block.</summary>
    public const int MaxWords = 8192;

    // Per word: its own sums not at a sentence start and at one, then one per neighbour role (nine floats each).
    private const int OwnRoles = 2;
    private const int Roles = OwnRoles + 4;
    private const int C = 9;

    private readonly NerModel _model;
    private readonly int _capacity;
    private readonly int[] _slots;
    private readonly NerToken[] _words;
    private readonly byte[] _ownSummed;
    private readonly float[] _sums;
    private int[] _wordOf;
    private int _count;
    private ReadOnlySpan<NerToken> _tokens;

    // Sums waiting to be added up: the row offsets of their features, and per sum where it goes and how many rows it
    // has. Queued while the block's words are found and added up together, so that the loads of many words' rows are
    // in flight at once rather than one word's after another's.
    private readonly int[] _queuedRows;
    private readonly int[] _queuedSums;
    private readonly int _rowQueueLength;
    private readonly int _sumQueueLength;
    private int _queuedRowCount;
    private int _queuedSumCount;

    /// <summary>The row offsets queued before they are added up (see <see cref="NerWordSums(NerModel, int, int, int)"/>).</summary>
    public const int DefaultRowQueueLength = 4096;

    /// <summary>The sums queued before they are added up.</summary>
    public const int DefaultSumQueueLength = 512;

    /// <summary>Rents room for the words of a text of <paramref name="textLength"/> characters.</summary>
    public NerWordSums(NerModel model, int textLength)
        : this(model, textLength, DefaultRowQueueLength, DefaultSumQueueLength)
    {
    }

    /// <summary>
    /// Rents room for the words of a text of <paramref name="textLength"/> characters, adding up queued sums whenever
    /// <paramref name="rowQueueLength"/> row offsets or <paramref name="sumQueueLength"/> sums wait (tests make both small).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The row queue holds fewer than one token's features, or the sum queue none.</exception>
    public NerWordSums(NerModel model, int textLength, int rowQueueLength, int sumQueueLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowQueueLength, NerFeatures.MaxFeatures);
        ArgumentOutOfRangeException.ThrowIfLessThan(sumQueueLength, 1);
        _model = model;
        _rowQueueLength = rowQueueLength;
        _sumQueueLength = sumQueueLength;

        // No text has more words than characters.
        _capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(textLength, 16, MaxWords));
        _slots = ArrayPool<int>.Shared.Rent(_capacity * 2);
        _slots.AsSpan(0, _capacity * 2).Clear();
        _words = ArrayPool<NerToken>.Shared.Rent(_capacity);
        _ownSummed = ArrayPool<byte>.Shared.Rent(_capacity);
        _sums = ArrayPool<float>.Shared.Rent(_capacity * Roles * C);
        _wordOf = [];
        _queuedRows = ArrayPool<int>.Shared.Rent(rowQueueLength);
        _queuedSums = ArrayPool<int>.Shared.Rent(sumQueueLength * 2);
        _queuedRowCount = 0;
        _queuedSumCount = 0;
    }

    /// <summary>
    /// Finds the word of each of <paramref name="tokens"/> (at most <see cref="MaxWords"/>), summing the features
    /// neighbours get from each word not seen before in the text, and a word's own features at a sentence start or not
    /// the first time a token needs them.
    /// </summary>
    public void Assign(ReadOnlySpan<NerToken> tokens)
    {
        var n = tokens.Length;
        if (n > _capacity)
        {
            throw new ArgumentOutOfRangeException(nameof(tokens), $"A block of {n} tokens is more than the table of words holds ({_capacity}: the text's length, at most {MaxWords}).");
        }

        if (_count + n > _capacity)
        {
            _slots.AsSpan(0, _capacity * 2).Clear();
            _count = 0;
        }

        if (_wordOf.Length < n)
        {
            if (_wordOf.Length > 0)
            {
                ArrayPool<int>.Shared.Return(_wordOf);
            }

            _wordOf = ArrayPool<int>.Shared.Rent(n);
        }

        _tokens = tokens;
        Span<int> features = stackalloc int[NerFeatures.MaxFeatures];
        var mask = _model.Mask;
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

            _wordOf[i] = word;

            // The word's own sums at a sentence start or not, whichever this token needs, the first time it is needed.
            var atStart = token.SentenceStart;
            var bit = atStart ? 2 : 1;
            if ((_ownSummed[word] & bit) == 0)
            {
                var count = NerFeatures.Own(token, atStart, mask, features, 0);
                Queue(features[..count], ((word * Roles) + (atStart ? 1 : 0)) * C);
                _ownSummed[word] |= (byte)bit;
            }
        }

        AddUpQueued();
    }

    /// <summary>The sums of the own features of the block's token <paramref name="i"/> (nine floats).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly ref float Own(int i) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sums), ((_wordOf[i] * Roles) + (_tokens[i].SentenceStart ? 1 : 0)) * C);

    // Queues the sum of the weights of `features` (a word's own or neighbour features) for the nine floats at `sumsAt`.
    private void Queue(scoped ReadOnlySpan<int> features, int sumsAt)
    {
        if (_queuedRowCount + features.Length > _rowQueueLength || _queuedSumCount == _sumQueueLength)
        {
            AddUpQueued();
        }

        _queuedSums[_queuedSumCount * 2] = sumsAt;
        _queuedSums[(_queuedSumCount * 2) + 1] = features.Length;
        _queuedSumCount++;
        foreach (var feature in features)
        {
            _queuedRows[_queuedRowCount++] = _model.RowOffset(feature);
        }
    }

    private void AddUpQueued()
    {
        _model.SumRows(_queuedRows.AsSpan(0, _queuedRowCount), _queuedSums.AsSpan(0, _queuedSumCount * 2), _sums);
        _queuedRowCount = 0;
        _queuedSumCount = 0;
    }

    /// <summary>
    /// The sums of the features the block's token <paramref name="i"/> gets from its neighbour in
    /// <paramref name="role"/>, or from the block's edge where it has none (nine floats).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly ref float GivenTo(int i, NerNeighbour role)
    {
        var j = i + NerFeatures.NeighbourOffset(role);
        return ref (uint)j < (uint)_tokens.Length
            ? ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sums), ((_wordOf[j] * Roles) + OwnRoles + (int)role) * C)
            : ref _model.BoundarySum(role);
    }

    /// <summary>Returns the pooled arrays.</summary>
    public readonly void Dispose()
    {
        if (_wordOf.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_wordOf);
        }

        ArrayPool<int>.Shared.Return(_queuedSums);
        ArrayPool<int>.Shared.Return(_queuedRows);
        ArrayPool<float>.Shared.Return(_sums);
        ArrayPool<byte>.Shared.Return(_ownSummed);
        ArrayPool<NerToken>.Shared.Return(_words);
        ArrayPool<int>.Shared.Return(_slots);
    }
}
