using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;
using System.Text;

namespace Anonymizer.Ml.Ner;

/// <summary>
/// The compact token classifier: hashed feature weights of a linear multiclass model (one weight per bucket and
/// label, plus a bias per label), the gazetteer its features use, and BIO-constrained Viterbi decoding over the
/// per-token logits. Its weights never change; thread-safe (each thread that decodes keeps tables of its own, see
/// <see cref="TakeThreadTables"/>).
/// </summary>
internal sealed class NerModel
{
    private const string Magic = "ANONNER1";

    // The decoder's layout: labels 0-7 in one vector of eight floats and label 8 beside it (O, then B-x and I-x for each
    // of four types, so the I labels are 2, 4, 6 and 8). The constructor checks that the label set still fits it.
    private const int Labels = 9;

    // Only buckets with a non-zero weight keep a row: _rowIndex maps a bucket to its row (0: the all-zero row), and
    // _rows holds 9 weights per row. With L1 regularization most buckets are zero, so this stays small and cache-friendly.
    private readonly NerRowIndex _rowIndex;
    private readonly float[] _rows;
    private readonly float[] _bias;

    // The facts of each one-character ASCII token (half the tokens of mail are punctuation), as Describe finds them.
    private readonly NerToken[] _asciiTokens = new NerToken[128];

    // For each neighbour role, the sum of the features a token gets where the block has no such neighbour.
    private readonly float[] _boundarySums;

    // Each thread's tables for this model, kept from one text to the next (made the first time a thread needs them).
    private readonly ThreadLocal<NerThreadTables?> _threadTables = new();

    /// <summary>Creates a model.</summary>
    /// <param name="bits">log2 of the number of feature buckets.</param>
    /// <param name="weights">Weights, bucket-major: <c>weights[bucket * Labels + label]</c>.</param>
    /// <param name="bias">One bias per label.</param>
    /// <param name="gazetteer">The gazetteer the features read.</param>
    /// <param name="description">Free text kept with the model (trainer, data, date).</param>
    public NerModel(int bits, float[] weights, float[] bias, Gazetteer gazetteer, string description)
    {
        if (bits is < 10 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(bits));
        }

        if (NerLabels.Count != Labels || NerLabels.Inside(NerLabels.EntityTypes.Length - 1) != Labels - 1)
        {
            throw new InvalidOperationException($"The decoder is laid out for {Labels} labels; the label set has {NerLabels.Count}.");
        }

        if (bias.Length != NerLabels.Count || weights.Length != (1 << bits) * NerLabels.Count)
        {
            throw new ArgumentException("The weights do not match the label set and bucket count.");
        }

        Bits = bits;
        _bias = bias;
        const int C = Labels;
        var buckets = 1 << bits;
        bool HasRow(int bucket) => weights.AsSpan(bucket * C, C).ContainsAnyExcept(0f);
        _rowIndex = new NerRowIndex(buckets, HasRow);

        // Row 0 is all zeros; then the rows of the buckets with weights, in bucket order (as the index numbers them).
        _rows = new float[(_rowIndex.Rows + 1) * C];
        var filled = C;
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            if (HasRow(bucket))
            {
                weights.AsSpan(bucket * C, C).CopyTo(_rows.AsSpan(filled));
                filled += C;
            }
        }

        Gazetteer = gazetteer;
        Description = description;
        for (var c = 0; c < _asciiTokens.Length; c++)
        {
            _asciiTokens[c] = NerFeatures.Describe([(char)c], 0, 1, sentenceStart: false, gazetteer);
        }

        _boundarySums = new float[NerFeatures.NeighbourRoles.Length * C];
        Span<int> features = stackalloc int[NerFeatures.MaxFeatures];
        foreach (var role in NerFeatures.NeighbourRoles)
        {
            var count = NerFeatures.Boundary(role, Mask, features, 0);
            SumFeatures(features[..count], _boundarySums.AsSpan((int)role * C, C));
        }
    }

    /// <summary>log2 of the number of feature buckets.</summary>
    public int Bits { get; }

    /// <summary>Bucket mask for <see cref="NerFeatures.Extract"/>.</summary>
    public int Mask => (1 << Bits) - 1;

    /// <summary>Number of feature buckets with at least one non-zero weight.</summary>
    public int NonZeroBuckets => (_rows.Length / NerLabels.Count) - 1;

    /// <summary>The gazetteer.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Free text kept with the model.</summary>
    public string Description { get; }

    /// <summary>
    /// Takes this thread's tables for the model (new ones the first time, or while they are taken: a reentrant call
    /// gets tables of its own). Give them back with <see cref="KeepThreadTables"/> once they are in a consistent state.
    /// </summary>
    internal NerThreadTables TakeThreadTables()
    {
        var tables = _threadTables.Value ?? new NerThreadTables(this);
        _threadTables.Value = null;
        return tables;
    }

    /// <summary>Keeps <paramref name="tables"/> as this thread's tables for the model.</summary>
    internal void KeepThreadTables(NerThreadTables tables) => _threadTables.Value = tables;

    /// <summary>
    /// The facts of the token at <paramref name="start"/>, as <see cref="NerFeatures.Describe"/> finds them with this
    /// model's gazetteer (one-character ASCII tokens from a table).
    /// </summary>
    public NerToken Describe(ReadOnlySpan<char> text, int start, int length, bool sentenceStart)
    {
        var c = text[start];
        if (length != 1 || c >= _asciiTokens.Length)
        {
            return NerFeatures.Describe(text, start, length, sentenceStart, Gazetteer);
        }

        var token = _asciiTokens[c];
        token.Start = start;
        token.SentenceStart = sentenceStart;
        return token;
    }

    /// <summary>
    /// Labels <paramref name="tokens"/> (one sentence or block) with the most probable valid BIO sequence, with a table
    /// of words of its own.
    /// </summary>
    /// <param name="tokens">The described tokens.</param>
    /// <param name="logits">Receives <c>tokens.Length * Labels</c> logits, each token's less its largest (see <see cref="Probability"/>).</param>
    /// <param name="backPointers">Scratch of <c>tokens.Length * Labels</c> bytes.</param>
    /// <param name="labels">Receives one label per token.</param>
    public void Decode(ReadOnlySpan<NerToken> tokens, Span<float> logits, Span<byte> backPointers, Span<byte> labels)
    {
        var words = new NerWordSums(this, Math.Max(tokens.Length, 1));
        Decode(tokens, words, logits, backPointers, labels);
    }

    /// <summary>
    /// Labels <paramref name="tokens"/>, one block of a text, with the most probable valid BIO sequence, summing the
    /// per-word parts of the scores with <paramref name="words"/>, a table of words of this model.
    /// </summary>
    /// <param name="tokens">The described tokens.</param>
    /// <param name="words">The table of words (of this model; at least as many words as the block has tokens).</param>
    /// <param name="logits">Receives <c>tokens.Length * Labels</c> logits, each token's less its largest (see <see cref="Probability"/>).</param>
    /// <param name="backPointers">Scratch of <c>tokens.Length * Labels</c> bytes.</param>
    /// <param name="labels">Receives one label per token.</param>
    public void Decode(ReadOnlySpan<NerToken> tokens, NerWordSums words, Span<float> logits, Span<byte> backPointers, Span<byte> labels)
    {
        const int C = Labels;
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        if (!ReferenceEquals(words.Model, this))
        {
            throw new ArgumentException("The table of words belongs to another model.", nameof(words));
        }

        words.Assign(tokens);
        WriteLogits(tokens, words, logits);
        ref var logit = ref MemoryMarshal.GetReference(logits);

        // The Viterbi scores of labels 0-7 in one vector and of label 8 apart; labels are O, then B-x and I-x per type,
        // so the I labels are 2, 4, 6 and 8. A token's emission is its logits as written: the softmax's log-probability
        // but for log(sum of exp), which is the same for every label of a token and so of no weight in the choice.
        var insideLanes = Vector256.Create(0, 0, -1, 0, -1, 0, -1, 0).AsSingle();
        var previous8 = Vector256.ConditionalSelect(insideLanes, Vector256.Create(float.NegativeInfinity), Vector256.LoadUnsafe(ref logit));
        var previousLast = float.NegativeInfinity;
        backPointers[..C].Clear();
        for (var i = 1; i < n; i++)
        {
            var logits8 = Vector256.LoadUnsafe(ref logit, (nuint)(i * C));
            var logitLast = Unsafe.Add(ref logit, (i * C) + 8);

            // Viterbi step, allowing only valid BIO transitions: O and B-x may follow anything, I-x only B-x or I-x.
            var back = backPointers.Slice(i * C, C);
            var bestAny = FirstMaximum(previous8, previousLast);
            var best = bestAny < 8 ? previous8.GetElement(bestAny) : previousLast;

            // I-x (lane k) continues from B-x (k - 1) when that scores at least as much, else from I-x itself.
            var beforeEach = Vector256.Shuffle(previous8, Vector256.Create(0, 0, 1, 2, 3, 4, 5, 6));
            var fromBegin = Vector256.GreaterThanOrEqual(beforeEach, previous8);
            var inside = Vector256.ConditionalSelect(fromBegin, beforeEach, previous8);
            var from8 = Vector256.ConditionalSelect(insideLanes, inside, Vector256.Create(best));
            var beginLast = previous8.GetElement(7);
            var lastFromBegin = beginLast >= previousLast;
            var fromBits = fromBegin.ExtractMostSignificantBits();
            back[0] = back[1] = back[3] = back[5] = back[7] = (byte)bestAny;
            back[2] = (byte)((fromBits & 0b100) != 0 ? 1 : 2);
            back[4] = (byte)((fromBits & 0b10000) != 0 ? 3 : 4);
            back[6] = (byte)((fromBits & 0b1000000) != 0 ? 5 : 6);
            back[8] = (byte)(lastFromBegin ? 7 : 8);
            previous8 = from8 + logits8;
            previousLast = (lastFromBegin ? beginLast : previousLast) + logitLast;
        }

        var last = FirstMaximum(previous8, previousLast);
        for (var i = n - 1; i >= 0; i--)
        {
            labels[i] = (byte)last;
            last = backPointers[(i * C) + last];
        }
    }

    // Each token's logits, less the largest of them: the bias, the token's own features and those its neighbours give
    // it (summed once per distinct word, see NerWordSums), then the features of pairs of tokens (summed once per
    // trigram of words, see NerPairSums). Apart from the Viterbi steps, whose chain of dependencies would hold back the
    // many independent loads of these sums.
    private void WriteLogits(ReadOnlySpan<NerToken> tokens, NerWordSums words, Span<float> logits)
    {
        const int C = Labels;
        var n = tokens.Length;
        var bias = Vector256.Create(_bias.AsSpan(0, 8));
        var bias8 = _bias[8];

        for (var i = 0; i < n; i++)
        {
            var sum8 = bias;
            var sumLast = bias8;
            AddSum(ref words.Own(i), ref sum8, ref sumLast);
            // In the order of NerFeatures.NeighbourRoles, written out so that each role's offset is a constant.
            AddSum(ref words.GivenTo(i, NerNeighbour.Previous), ref sum8, ref sumLast);
            AddSum(ref words.GivenTo(i, NerNeighbour.Next), ref sum8, ref sumLast);
            AddSum(ref words.GivenTo(i, NerNeighbour.SecondPrevious), ref sum8, ref sumLast);
            AddSum(ref words.GivenTo(i, NerNeighbour.SecondNext), ref sum8, ref sumLast);
            AddSum(ref words.PairSum(i), ref sum8, ref sumLast);

            var max = float.MaxNative(MaxOfEight(sum8), sumLast);
            if (!Vector256.EqualsAll(sum8, sum8) || float.IsNaN(sumLast))
            {
                // A NaN sum (only weights that overflow a float make one) makes every logit of the token NaN, as
                // Math.Max's NaN did before; the processor's maximum may have passed over it.
                max = float.NaN;
            }

            var row = logits.Slice(i * C, C);
            (sum8 - Vector256.Create(max)).CopyTo(row);
            row[8] = sumLast - max;
        }
    }

    /// <summary>The softmax probability of <paramref name="label"/> from one token's logits as the decoder wrote them.</summary>
    public static float Probability(ReadOnlySpan<float> logits, int label)
    {
        var exp8 = Vector256.Exp(Vector256.Create(logits[..8]));
        var expLast = MathF.Exp(logits[8]);
        var inverse = 1f / (Vector256.Sum(exp8) + expLast);
        return (label < 8 ? exp8.GetElement(label) : expLast) * inverse;
    }

    /// <summary>The sums of the features a token gets where the block has no neighbour in <paramref name="role"/>.</summary>
    internal ref float BoundarySum(NerNeighbour role) => ref _boundarySums[(int)role * Labels];

    /// <summary>
    /// Writes the sum of the weights of <paramref name="features"/>, in their order, for each label into
    /// <paramref name="sums"/>.
    /// </summary>
    internal void SumFeatures(ReadOnlySpan<int> features, Span<float> sums)
    {
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        var sum8 = Vector256<float>.Zero;
        var sumLast = 0f;
        foreach (var feature in features)
        {
            AddSum(ref Unsafe.Add(ref rows, _rowIndex.RowOf(feature) * Labels), ref sum8, ref sumLast);
        }

        sum8.CopyTo(sums);
        sums[8] = sumLast;
    }

    /// <summary>Replaces each of <paramref name="features"/> by where its weight row starts in the rows (for <see cref="SumRows"/>).</summary>
    internal void ToRowOffsets(Span<int> features) => _rowIndex.ToRowOffsets(features, Labels);

    /// <summary>
    /// Adds up rows as <see cref="SumFeatures"/> does, several sums at once: <paramref name="sums"/> holds, per sum, where
    /// its nine floats go in <paramref name="destination"/> and how many of <paramref name="rowOffsets"/> (from
    /// <see cref="ToRowOffsets"/>, taken in order) it adds.
    /// </summary>
    internal void SumRows(ReadOnlySpan<int> rowOffsets, ReadOnlySpan<int> sums, Span<float> destination)
    {
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        var next = 0;
        for (var s = 0; s < sums.Length; s += 2)
        {
            var sum8 = Vector256<float>.Zero;
            var sumLast = 0f;
            foreach (var offset in rowOffsets.Slice(next, sums[s + 1]))
            {
                AddSum(ref Unsafe.Add(ref rows, offset), ref sum8, ref sumLast);
            }

            next += sums[s + 1];
            var target = destination.Slice(sums[s], Labels);
            sum8.CopyTo(target);
            target[8] = sumLast;
        }
    }

    // Adds the nine floats at `values` to a label vector held as eight lanes and a ninth float.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddSum(ref float values, ref Vector256<float> sum8, ref float sumLast)
    {
        sum8 += Vector256.LoadUnsafe(ref values);
        sumLast += Unsafe.Add(ref values, 8);
    }

    // The first label whose score is the highest, as a scan from label 0 keeping the earlier on ties finds it. A NaN
    // score (only weights that overflow a float make one) defeats the vector test; the scan itself is run then, which
    // passes over NaN scores as the comparisons do.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FirstMaximum(Vector256<float> scores8, float scoreLast)
    {
        if (Vector256.Equals(scores8, scores8).ExtractMostSignificantBits() != 0xFF || float.IsNaN(scoreLast))
        {
            return ScanFirstMaximum(scores8, scoreLast);
        }

        var max8 = MaxOfEight(scores8);
        if (scoreLast > max8)
        {
            return 8;
        }

        var at = Vector256.Equals(scores8, Vector256.Create(max8)).ExtractMostSignificantBits();
        return BitOperations.TrailingZeroCount(at);
    }

    // The largest of eight lanes, reduced pairwise. With the processor's own maximum (one instruction, where Math.Max's
    // treatment of NaN and of -0 against +0 takes a dozen): for scores that are numbers the same value, but for the sign
    // of a zero, which neither a difference, a comparison nor exp tells apart. A NaN (only weights that overflow a float
    // make one) may be passed over rather than returned; the decoder tests for NaN scores before it compares them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float MaxOfEight(Vector256<float> values)
    {
        var max4 = Vector128.MaxNative(values.GetLower(), values.GetUpper());
        var max2 = Vector128.MaxNative(max4, Vector128.Shuffle(max4, Vector128.Create(2, 3, 0, 1)));
        return float.MaxNative(max2.GetElement(0), max2.GetElement(1));
    }

    private static int ScanFirstMaximum(Vector256<float> scores8, float scoreLast)
    {
        var best = 0;
        var bestScore = scores8.GetElement(0);
        for (var label = 1; label < NerLabels.Count; label++)
        {
            var score = label < 8 ? scores8.GetElement(label) : scoreLast;
            if (score > bestScore)
            {
                best = label;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Writes the model in its compact file format (zlib-compressed, half-precision weights).</summary>
    public void Save(Stream stream)
    {
        using var zip = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Description);
        writer.Write(Bits);
        writer.Write(NerLabels.Count);
        foreach (var b in _bias)
        {
            writer.Write(b);
        }

        // Weights label-major so runs of zeros compress well.
        for (var label = 0; label < NerLabels.Count; label++)
        {
            for (var bucket = 0; bucket < 1 << Bits; bucket++)
            {
                writer.Write((Half)_rows[(_rowIndex.RowOf(bucket) * NerLabels.Count) + label]);
            }
        }

        writer.Write(Gazetteer.Count);
        foreach (var (key, flags) in Gazetteer.Entries.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(flags);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(zip, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("Not an Anonymizer NER model.");
        }

        var description = reader.ReadString();
        var bits = reader.ReadInt32();
        var labels = reader.ReadInt32();
        if (labels != NerLabels.Count || bits is < 10 or > 24)
        {
            throw new InvalidDataException("The model's label set or size is not supported.");
        }

        var bias = new float[labels];
        for (var i = 0; i < labels; i++)
        {
            bias[i] = reader.ReadSingle();
        }

        var buckets = 1 << bits;
        var weights = new float[buckets * labels];
        var halves = new byte[buckets * 2];
        for (var label = 0; label < labels; label++)
        {
            zip.ReadExactly(halves);
            var values = MemoryMarshal.Cast<byte, Half>(halves);
            for (var bucket = 0; bucket < buckets; bucket++)
            {
                weights[(bucket * labels) + label] = (float)values[bucket];
            }
        }

        var count = reader.ReadInt32();
        var entries = new Dictionary<ulong, ushort>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            entries[key] = reader.ReadUInt16();
        }

        return new NerModel(bits, weights, bias, new Gazetteer(entries), description);
    }
}
