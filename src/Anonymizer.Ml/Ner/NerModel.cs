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
/// per-token softmax probabilities. Immutable and thread-safe.
/// </summary>
internal sealed class NerModel
{
    private const string Magic = "ANONNER1";

    // The decoder's layout: labels 0-7 in one vector of eight floats and label 8 beside it (O, then B-x and I-x for each
    // of four types, so the I labels are 2, 4, 6 and 8). The constructor checks that the label set still fits it.
    private const int Labels = 9;

    // Only buckets with a non-zero weight keep a row: _rowOf maps a bucket to its row (0: the all-zero row), and
    // _rows holds 9 weights per row. With L1 regularization most buckets are zero, so this stays small and cache-friendly.
    private readonly ushort[] _rowOf;
    private readonly float[] _rows;
    private readonly float[] _bias;

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
        _rowOf = new ushort[buckets];
        var rows = new List<float>(C * 1024);
        rows.AddRange(new float[C]);
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            var row = weights.AsSpan(bucket * C, C);
            if (!row.ContainsAnyExcept(0f))
            {
                continue;
            }

            var index = rows.Count / C;
            if (index > ushort.MaxValue)
            {
                throw new ArgumentException($"More than {ushort.MaxValue} feature buckets have non-zero weights; train with a stronger L1 penalty.");
            }

            _rowOf[bucket] = (ushort)index;
            foreach (var w in row)
            {
                rows.Add(w);
            }
        }

        _rows = [.. rows];
        Gazetteer = gazetteer;
        Description = description;
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
    /// Labels <paramref name="tokens"/> (one sentence or block) with the most probable valid BIO sequence.
    /// </summary>
    /// <param name="tokens">The described tokens.</param>
    /// <param name="probabilities">Receives <c>tokens.Length * Labels</c> softmax probabilities.</param>
    /// <param name="backPointers">Scratch of <c>tokens.Length * Labels</c> bytes.</param>
    /// <param name="labels">Receives one label per token.</param>
    public void Decode(ReadOnlySpan<NerToken> tokens, Span<float> probabilities, Span<byte> backPointers, Span<byte> labels)
    {
        const int C = Labels;
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        Span<int> features = stackalloc int[NerFeatures.MaxFeatures];
        var mask = Mask;
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref var rowOf = ref MemoryMarshal.GetArrayDataReference(_rowOf);
        var bias = Vector256.Create(_bias.AsSpan(0, 8));
        var bias8 = _bias[8];

        // The Viterbi scores of labels 0-7 in one vector and of label 8 apart; labels are O, then B-x and I-x per type,
        // so the I labels are 2, 4, 6 and 8.
        var insideLanes = Vector256.Create(0, 0, -1, 0, -1, 0, -1, 0).AsSingle();
        var previous8 = Vector256<float>.Zero;
        var previousLast = 0f;
        for (var i = 0; i < n; i++)
        {
            var count = NerFeatures.Extract(tokens, i, mask, features);
            var sum8 = bias;
            var sumLast = bias8;
            for (var f = 0; f < count; f++)
            {
                ref var w = ref Unsafe.Add(ref rows, Unsafe.Add(ref rowOf, features[f]) * C);
                sum8 += Vector256.LoadUnsafe(ref w);
                sumLast += Unsafe.Add(ref w, 8);
            }

            // Softmax; the Viterbi emission is the log-probability, logit - max - log(sum).
            var max = MathF.Max(MaxOfEight(sum8), sumLast);
            var logits8 = sum8 - Vector256.Create(max);
            var logitLast = sumLast - max;
            var exp8 = Vector256.Exp(logits8);
            var expLast = MathF.Exp(logitLast);
            var sum = Vector256.Sum(exp8) + expLast;
            var inverse = 1f / sum;
            var logSum = MathF.Log(sum);
            var row = probabilities.Slice(i * C, C);
            (exp8 * inverse).CopyTo(row);
            row[8] = expLast * inverse;

            // Viterbi step, allowing only valid BIO transitions: O and B-x may follow anything, I-x only B-x or I-x.
            // Each label's score is the chosen predecessor's plus its emission minus log(sum), in that order.
            var logSums = Vector256.Create(logSum);
            var back = backPointers.Slice(i * C, C);
            if (i == 0)
            {
                previous8 = Vector256.ConditionalSelect(insideLanes, Vector256.Create(float.NegativeInfinity), logits8 - logSums);
                previousLast = float.NegativeInfinity;
                back.Clear();
                continue;
            }

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
            previous8 = from8 + logits8 - logSums;
            previousLast = (lastFromBegin ? beginLast : previousLast) + logitLast - logSum;
        }

        var last = FirstMaximum(previous8, previousLast);
        for (var i = n - 1; i >= 0; i--)
        {
            labels[i] = (byte)last;
            last = backPointers[(i * C) + last];
        }
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

    // The largest of eight lanes, reduced pairwise (the order the decoder's results are defined by).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float MaxOfEight(Vector256<float> values)
    {
        var max4 = Vector128.Max(values.GetLower(), values.GetUpper());
        var max2 = Vector128.Max(max4, Vector128.Shuffle(max4, Vector128.Create(2, 3, 0, 1)));
        return MathF.Max(max2.GetElement(0), max2.GetElement(1));
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
                writer.Write((Half)_rows[(_rowOf[bucket] * NerLabels.Count) + label]);
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
