using System.Runtime.InteropServices;
using Anonymizer.Ml.Ner;
using FsCheck;
using FsCheck.Fluent;

namespace Anonymizer.Ml.Tests;

/// <summary>Test texts, weights and the reading and comparing of the decoder's sums of nine floats.</summary>
internal static class NerSums
{
    private const int C = 9;

    /// <summary>Weights of any sign and size, most of them zero, so that the order of the sums matters.</summary>
    public static Gen<float[]> Weights(int length) =>
        Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(0f)), (2, Gen.Choose(-300_000, 300_000).Select(v => v / 7919f))), length);

    /// <summary>
    /// The tokens of <paramref name="text"/> as <paramref name="model"/> describes them: the first, each after a line
    /// break and each starting with an <c>x</c> start a sentence.
    /// </summary>
    public static NerToken[] Tokens(string text, NerModel model)
    {
        var tokens = new List<NerToken>();
        var position = 0;
        while (NerTokenizer.Next(text, ref position, out var start, out var length, out var lineBreak))
        {
            tokens.Add(model.Describe(text, start, length, tokens.Count == 0 || lineBreak || text[start] == 'x'));
        }

        return [.. tokens];
    }

    /// <summary>The nine floats starting at <paramref name="first"/>.</summary>
    public static float[] Read(ref float first) => MemoryMarshal.CreateReadOnlySpan(ref first, C).ToArray();

    /// <summary>Whether two arrays of floats are equal bit for bit (NaN payloads and the sign of zero included).</summary>
    public static bool SameBits(float[] a, float[] b) =>
        MemoryMarshal.Cast<float, int>(a.AsSpan()).SequenceEqual(MemoryMarshal.Cast<float, int>(b.AsSpan()));

    /// <summary>The sums of the pair features of token <paramref name="i"/> of <paramref name="block"/>, added in order from zero.</summary>
    public static float[] OfPairs(NerModel model, ReadOnlySpan<NerToken> block, int i)
    {
        var features = new int[NerFeatures.PairCount];
        var sums = new float[C];
        NerFeatures.Pairs(block, i, model.Mask, features, 0);
        model.SumFeatures(features, sums);
        return sums;
    }
}
