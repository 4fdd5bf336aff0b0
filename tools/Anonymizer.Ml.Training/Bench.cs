using System.Diagnostics;
using Anonymizer.Analysis;

namespace Anonymizer.Ml.Training;

/// <summary>A short single-thread timing loop of the ML recognizer over a text file (MB/s of UTF-16 text read as chars).</summary>
internal static class Bench
{
    public static void Run(string modelPath, string textPath, double seconds)
    {
        MlEntityRecognizer recognizer;
        using (var stream = File.OpenRead(modelPath))
        {
            recognizer = MlRecognizers.Load(stream);
        }

        // Records of about 4 KB, like the lines of a JSONL corpus.
        var text = File.ReadAllText(textPath);
        var records = new List<string>();
        for (var i = 0; i < text.Length; i += 4096)
        {
            records.Add(text.Substring(i, Math.Min(4096, text.Length - i)));
        }

        Console.WriteLine($"non-zero buckets: {recognizer.Model.NonZeroBuckets} of {1 << recognizer.Model.Bits}");
        var gaz = recognizer.Model.Gazetteer;
        var tokenWatch = Stopwatch.StartNew();
        long tokenCount = 0;
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        for (var rep = 0; rep < 3; rep++)
        {
            foreach (var r in records)
            {
                var position = 0;
                while (Anonymizer.Ml.Ner.NerTokenizer.Next(r, ref position, out var start, out var length, out var lb))
                {
                    var t = Anonymizer.Ml.Ner.NerFeatures.Describe(r, start, length, lb, gaz);
                    tokenCount += t.Casing;
                    tokenCount += 1L << 32;
                }
            }
        }

        var cpuTokens = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"tokenize+describe only: {3.0 * text.Length / cpuTokens / 1e6:0.0} MB per CPU-second, {(tokenCount >> 32) / 3.0 / (text.Length / 1e6):0} tokens per million chars");
        var sink = new MatchSink();
        foreach (var r in records.Take(200))
        {
            sink.Clear();
            recognizer.Analyze(r, sink);
        }

        long chars = 0;
        long matches = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var r in records)
            {
                sink.Clear();
                recognizer.Analyze(r, sink);
                chars += r.Length;
                matches += sink.Count;
            }
        }

        var elapsed = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"{chars / 1e6:0} million chars in {elapsed:0.0} s wall, {cpu:0.0} s CPU (one thread): {chars / elapsed / 1e6:0.0} MB/s wall, {chars / cpu / 1e6:0.0} MB/s per CPU-second; {matches / (chars / 1e6):0} matches per million chars");
    }
}
