using System.Diagnostics;

namespace Anonymizer.ThroughputGuard;

/// <summary>
/// Times a workload against a reference workload over the same bytes, interleaved several times, and reports the
/// median ratio (workload MB/s ÷ reference MB/s): on a shared, noisy machine the ratio holds where absolute timings do not.
/// Both are first run until <see cref="WarmUp"/> has passed, so that tiered compilation has optimized the hot code (with
/// dynamic PGO a method reaches its final code only after some seconds of use): what is measured is the steady state of
/// a long-running process, as an ETL job over a large corpus is.
/// </summary>
internal static class Measurement
{
    /// <summary>How long each workload runs before it is timed.</summary>
    public static TimeSpan WarmUp { get; set; } = TimeSpan.FromSeconds(4);

    /// <param name="warmUp">How long to warm up, <see cref="WarmUp"/> when not given (one run each at least).</param>
    public static RatioResult Compare(string name, long bytes, Action reference, Action workload, int rounds, TimeSpan? warmUp = null)
    {
        var warming = Stopwatch.StartNew();
        do
        {
            reference();
            workload();
        }
        while (warming.Elapsed < (warmUp ?? WarmUp));
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

    public static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}

/// <summary>One guarded figure.</summary>
internal sealed record RatioResult(string Name, double Ratio, double MegabytesPerSecond, double ReferenceMegabytesPerSecond);
