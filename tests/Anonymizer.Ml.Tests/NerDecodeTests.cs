using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Anonymizer.Ml.Ner;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests;

/// <summary>
/// The decoder sums the per-word parts of the scores once per word and computes the Viterbi scores of eight labels in
/// one vector; these tests hold it to the algorithm written out label by label (every feature of a token summed in
/// turn, each token's logits less their largest as its emission, ties kept by the earlier label), bit for bit, on
/// models whose weights are small integers: their sums are exact in any grouping, and scores tie often.
/// </summary>
public sealed class NerDecodeTests
{
    private const int Bits = 10;
    private const int C = 9;

    private static readonly string[] Words = ["Ann", "Lee", "in", "Rome", "at", "ACME", "Ltd", "the", ".", ",", "x", "42", "Ünal"];

    private static Arbitrary<(float[] Weights, float[] Bias, string[] Words)> Cases() =>
        (from weights in Gen.ArrayOf(Gen.Elements(-1f, 0f, 0f, 0f, 1f, 2f), (1 << Bits) * C)
         from bias in Gen.ArrayOf(Gen.Elements(-1f, 0f, 1f), C)
         from words in Gen.ArrayOf(Gen.Elements(Words))
         select (weights, bias, words)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Decoding_equals_the_label_by_label_algorithm() =>
        Prop.ForAll(Cases(), input =>
        {
            var (weights, bias, words) = input;
            var model = new NerModel(Bits, weights, bias, Gazetteer.Empty, "test");
            var text = string.Join(" ", words);
            var tokens = NerTestTokens.Of(text);
            var n = tokens.Length;
            var labels = new byte[n];
            var logits = new float[n * C];
            model.Decode(tokens, logits, new byte[n * C], labels);

            return SameAsPlainDecode(model, tokens, weights, bias, labels, logits);
        });

    [Fact]
    public void Weights_that_overflow_decode_as_the_label_by_label_algorithm_does()
    {
        // Label 0's weights overflow a float once two features add up: its logit becomes inf - inf, a NaN, and every
        // Viterbi score after it NaN too; the decoder must still give the plain algorithm's labels, not fail.
        var weights = new float[(1 << Bits) * C];
        for (var bucket = 0; bucket < 1 << Bits; bucket++)
        {
            weights[bucket * C] = 3e38f;
            weights[(bucket * C) + 3] = bucket % 3;
        }

        var bias = new float[C];
        var model = new NerModel(Bits, weights, bias, Gazetteer.Empty, "test");
        var tokens = NerTestTokens.Of("Ann Lee lives in Rome , at ACME Ltd .");
        var labels = new byte[tokens.Length];
        var logits = new float[tokens.Length * C];
        model.Decode(tokens, logits, new byte[tokens.Length * C], labels);
        Assert.Contains(logits, float.IsNaN);
        Assert.True(SameAsPlainDecode(model, tokens, weights, bias, labels, logits));
    }

    [Fact]
    public void A_NaN_weight_makes_every_logit_of_its_tokens_NaN_as_the_label_by_label_algorithm_does()
    {
        // The decoder takes each token's largest sum with the processor's maximum, which may pass over a NaN; a token
        // whose sums hold one must still have every logit NaN, as the plain algorithm (Math.Max) gives it.
        var tokens = NerTestTokens.Of("Ann Lee lives in Rome , at ACME Ltd .");
        var weights = new float[(1 << Bits) * C];
        for (var bucket = 0; bucket < 1 << Bits; bucket++)
        {
            weights[(bucket * C) + 1] = bucket % 4;
            weights[(bucket * C) + 3] = 1f;
        }

        // The bucket of the word "Rome" itself: only that token has the feature.
        var features = new int[NerFeatures.MaxFeatures];
        NerFeatures.Own(tokens[4], false, (1 << Bits) - 1, features, 0);
        weights[(features[0] * C) + 3] = float.NaN;
        var bias = new float[C];
        var model = new NerModel(Bits, weights, bias, Gazetteer.Empty, "test");
        var labels = new byte[tokens.Length];
        var logits = new float[tokens.Length * C];
        model.Decode(tokens, logits, new byte[tokens.Length * C], labels);
        Assert.Contains(logits, float.IsNaN);
        Assert.Contains(logits, v => !float.IsNaN(v));
        Assert.True(SameAsPlainDecode(model, tokens, weights, bias, labels, logits));
    }

    // Labels equal, and logits equal bit for bit (NaN payloads and the sign of zero included).
    private static bool SameAsPlainDecode(NerModel model, NerToken[] tokens, float[] weights, float[] bias, byte[] labels, float[] logits)
    {
        var (expectedLabels, expectedLogits) = PlainDecode(tokens, weights, bias, model.Mask);
        return labels.AsSpan().SequenceEqual(expectedLabels)
            && MemoryMarshal.Cast<float, int>(logits.AsSpan()).SequenceEqual(MemoryMarshal.Cast<float, int>(expectedLogits.AsSpan()));
    }

    [Property(MaxTest = 100)]
    public Property Probabilities_are_the_softmax_of_the_logits() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(-4000, 4000).Select(v => v / 100f), C).ToArbitrary(),
            logits =>
            {
                var exp = logits.Select(v => Math.Exp(v)).ToArray();
                return Enumerable.Range(0, C).All(label => Math.Abs(NerModel.Probability(logits, label) - (exp[label] / exp.Sum())) < 1e-5);
            });

    [Fact]
    public void All_equal_scores_choose_the_earliest_label()
    {
        // Zero weights: every label scores the same, so every step keeps O (label 0), and I labels never start.
        var model = new NerModel(Bits, new float[(1 << Bits) * C], new float[C], Gazetteer.Empty, "test");
        var tokens = NerTestTokens.Of("Ann Lee lives in Rome");
        var labels = new byte[tokens.Length];
        model.Decode(tokens, new float[tokens.Length * C], new byte[tokens.Length * C], labels);
        Assert.All(labels, label => Assert.Equal(NerLabels.Outside, label));
    }

    // The decoder written out: scalar sums, bias first then the features in order, each token's logits less their
    // largest as its emission, and a Viterbi step over label arrays.
    private static (byte[] Labels, float[] Logits) PlainDecode(NerToken[] tokens, float[] weights, float[] bias, int mask)
    {
        var n = tokens.Length;
        var labels = new byte[n];
        var emissions = new float[n * C];
        if (n == 0)
        {
            return (labels, emissions);
        }

        var back = new byte[n * C];
        var previous = new float[C];
        var current = new float[C];
        var features = new int[NerFeatures.MaxFeatures];
        for (var i = 0; i < n; i++)
        {
            var count = NerFeatures.Extract(tokens, i, mask, features);
            var sums = new float[C];
            for (var label = 0; label < C; label++)
            {
                sums[label] = bias[label];
                for (var f = 0; f < count; f++)
                {
                    sums[label] += weights[(features[f] * C) + label];
                }
            }

            var max4 = Vector128.Max(Vector128.Create(sums.AsSpan(0, 4)), Vector128.Create(sums.AsSpan(4, 4)));
            var max2 = Vector128.Max(max4, Vector128.Shuffle(max4, Vector128.Create(2, 3, 0, 1)));
            var max = MathF.Max(MathF.Max(max2.GetElement(0), max2.GetElement(1)), sums[8]);
            var logits = sums.Select(s => s - max).ToArray();
            logits.CopyTo(emissions, i * C);
            if (i == 0)
            {
                for (var label = 0; label < C; label++)
                {
                    current[label] = NerLabels.IsInside(label) ? float.NegativeInfinity : logits[label];
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

                for (var label = 0; label < C; label++)
                {
                    var from = NerLabels.IsInside(label) ? (previous[label - 1] >= previous[label] ? label - 1 : label) : bestAny;
                    current[label] = previous[from] + logits[label];
                    back[(i * C) + label] = (byte)from;
                }
            }

            (previous, current) = (current, previous);
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
            last = back[(i * C) + last];
        }

        return (labels, emissions);
    }
}
