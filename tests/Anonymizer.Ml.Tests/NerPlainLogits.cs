using Anonymizer.Ml.Ner;

namespace Anonymizer.Ml.Tests;

/// <summary>What the decoder's logits are by definition: per token, the bias plus the weight of every feature, less the largest.</summary>
internal static class NerPlainLogits
{
    private const int C = 9;

    /// <summary>Token <paramref name="i"/>'s logits, summed feature by feature in double precision.</summary>
    public static double[] Of(NerToken[] tokens, int i, int mask, float[] weights, float[] bias)
    {
        var features = new int[NerFeatures.MaxFeatures];
        var count = NerFeatures.Extract(tokens, i, mask, features);
        var sums = new double[C];
        for (var label = 0; label < C; label++)
        {
            sums[label] = bias[label] + features.Take(count).Sum(f => (double)weights[(f * C) + label]);
        }

        var max = sums.Max();
        return [.. sums.Select(s => s - max)];
    }
}
