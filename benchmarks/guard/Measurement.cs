using System.Diagnostics;

namespace Anonymizer.ThroughputGuard;

/// <summary>
/// Times a workload against a reference workload over the same bytes, interleaved several times, and reports the
/// median ratio (workload MB/s ÷ reference MB/s): on a shared, noisy machine the ratio holds where absolute timings do not.
/// </summary>
internal static class Measurement
{
    public static RatioResult Compare(string name, long bytes, Action reference, Action workload, int rounds)
    {
        reference();
        workload();
        var ratios = new List<double>();
        var referenceRates = new List<double>();
        var workloadRates = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var r = Rate(bytes, reference);
            var w = Rate(bytes, workload);
            referenceRates.Add(r);
            workloadRates.Add(w);
            ratios.Add(w / r);
        }

        return new RatioResult(name, Median(ratios), Median(workloadRates), Median(referenceRates));
    }

    public static double Rate(long bytes, Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        action();
        return bytes / 1e6 / clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}

/// <summary>One guarded figure.</summary>
internal sealed record RatioResult(string Name, double Ratio, double MegabytesPerSecond, double ReferenceMegabytesPerSecond);
