using System.IO.Compression;
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

        if (bias.Length != NerLabels.Count || weights.Length != (1 << bits) * NerLabels.Count)
        {
            throw new ArgumentException("The weights do not match the label set and bucket count.");
        }

        Bits = bits;
        _bias = bias;
        const int C = 9;
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
        const int C = 9;
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        Span<int> features = stackalloc int[NerFeatures.MaxFeatures];
        Span<float> previous = stackalloc float[C];
        Span<float> current = stackalloc float[C];
        Span<float> emissions = stackalloc float[C];
        var mask = Mask;
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref var rowOf = ref MemoryMarshal.GetArrayDataReference(_rowOf);
        var bias = Vector256.Create(_bias.AsSpan(0, 8));
        var bias8 = _bias[8];
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
            var max4 = Vector128.Max(sum8.GetLower(), sum8.GetUpper());
            var max2 = Vector128.Max(max4, Vector128.Shuffle(max4, Vector128.Create(2, 3, 0, 1)));
            var max = MathF.Max(MathF.Max(max2.GetElement(0), max2.GetElement(1)), sumLast);
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
            logits8.CopyTo(emissions);
            emissions[8] = logitLast;

            // Viterbi step, allowing only valid BIO transitions: O and B-x may follow anything, I-x only B-x or I-x.
            if (i == 0)
            {
                for (var label = 0; label < C; label++)
                {
                    current[label] = NerLabels.IsInside(label) ? float.NegativeInfinity : emissions[label] - logSum;
                    backPointers[label] = 0;
                }
            }
            else
            {
                var bestAny = 0;
                for (var from = 1; from < C; from++)
                {
                    if (previous[from] > previous[bestAny])
                    {
                        bestAny = from;
                    }
                }

                var back = backPointers.Slice(i * C, C);
                current[0] = previous[bestAny] + emissions[0] - logSum;
                back[0] = (byte)bestAny;
                for (var label = 1; label < C; label += 2)
                {
                    // label = B-x, label + 1 = I-x.
                    current[label] = previous[bestAny] + emissions[label] - logSum;
                    back[label] = (byte)bestAny;
                    var from = previous[label] >= previous[label + 1] ? label : label + 1;
                    current[label + 1] = previous[from] + emissions[label + 1] - logSum;
                    back[label + 1] = (byte)from;
                }
            }

            current.CopyTo(previous);
        }

        var last = 0;
        for (var label = 1; label < C; label++)
        {
            if (previous[label] > previous[last])
            {
                last = label;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            labels[i] = (byte)last;
            last = backPointers[(i * C) + last];
        }
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
