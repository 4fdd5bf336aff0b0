using System.Runtime.InteropServices;

namespace Anonymizer.Ml.Tests;

/// <summary>Reading and comparing the decoder's sums of nine floats in tests.</summary>
internal static class NerSums
{
    private const int C = 9;

    /// <summary>The nine floats starting at <paramref name="first"/>.</summary>
    public static float[] Read(ref float first) => MemoryMarshal.CreateReadOnlySpan(ref first, C).ToArray();

    /// <summary>Whether two arrays of floats are equal bit for bit (NaN payloads and the sign of zero included).</summary>
    public static bool SameBits(float[] a, float[] b) =>
        MemoryMarshal.Cast<float, int>(a.AsSpan()).SequenceEqual(MemoryMarshal.Cast<float, int>(b.AsSpan()));
}
