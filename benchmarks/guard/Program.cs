using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Anonymizer;
using Anonymizer.Analysis;
using Anonymizer.Ml;
using Anonymizer.ThroughputGuard;

// The throughput guard: measures each guarded workload as a ratio to a reference workload (one compiled e-mail regex
// scan over the same bytes) in the same run, compares the ratios with benchmarks/baseline.json and fails when one falls
// more than 25% below its baseline. Usage:
//   dotnet run -c Release --project benchmarks/guard -- [--quick] [--corpus DIR] [--baseline FILE] [--update-baseline] [--cli anonymize.dll]
//   diagnostics: --per-recognizer (each recognizer alone), --tier-only (the pattern tier alone, no baseline check),
//   --peers-json (one line for benchmarks/peers)
var argsList = args.ToList();
string Option(string name, string fallback)
{
    var i = argsList.IndexOf(name);
    return i >= 0 && i + 1 < argsList.Count ? argsList[i + 1] : fallback;
}

var here = AppContext.BaseDirectory;
var root = FindRoot(here);
var quick = argsList.Contains("--quick");
var corpusFolder = Option("--corpus", Path.Combine(root, "benchmarks", ".corpus"));
var baselinePath = Option("--baseline", Path.Combine(root, "benchmarks", "baseline.json"));
var cliPath = Option("--cli", Path.Combine(root, "src", "Anonymizer.Cli", "bin", "Release", "net10.0", "anonymize.dll"));
const double AllowedDrop = 0.25;

var corpus = MailCorpus.Load(corpusFolder, quick ? 8_000_000 : long.MaxValue);
var rounds = quick ? 3 : 7;
Measurement.WarmUp = TimeSpan.FromSeconds(quick ? 4 : 8);
Console.WriteLine($"corpus: {corpus.Texts.Length} e-mails, {corpus.Utf8Bytes / 1e6:F1} MB ({(quick ? "quick" : "full")} mode), {Environment.ProcessorCount} cores");

var reference = new Regex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.Compiled | RegexOptions.CultureInvariant);
void ReferenceScan()
{
    var count = 0;
    foreach (var text in corpus.Texts)
    {
        count += reference.Count(text);
    }

    GC.KeepAlive(count);
}

var results = new List<RatioResult>();

if (argsList.Contains("--peers-json"))
{
    // One JSON line in the shape of benchmarks/peers/peers.mjs: ours over the same e-mails, one thread.
    var analyzer = new AnonymizerBuilder().BuildAnalyzer();
    var detections = new SortedDictionary<string, long>(StringComparer.Ordinal);
    var peerSink = new MatchSink();
    foreach (var text in corpus.Texts)
    {
        analyzer.Analyze(text, peerSink);
        foreach (var match in peerSink.Matches)
        {
            detections[match.EntityType] = detections.GetValueOrDefault(match.EntityType) + 1;
        }
    }

    void Detect()
    {
        var freshAnalyzer = new AnonymizerBuilder().BuildAnalyzer();
        foreach (var text in corpus.Texts)
        {
            freshAnalyzer.Analyze(text, peerSink);
        }
    }

    void Redact()
    {
        var freshEngine = new AnonymizerBuilder().Build();
        foreach (var text in corpus.Texts)
        {
            GC.KeepAlive(freshEngine.Anonymize(text));
        }
    }

    // Warmed up like the guarded figures, so the JIT has reached the code a long-running job runs.
    var warming = Stopwatch.StartNew();
    while (warming.Elapsed < Measurement.WarmUp)
    {
        Redact();
    }

    var detectRate = Measurement.Rate(corpus.Utf8Bytes, Detect);
    var anonymizeRate = Measurement.Rate(corpus.Utf8Bytes, Redact);
    var line = new JsonObject
    {
        ["name"] = "Anonymizer (pattern tier, 1 thread)",
        ["mbPerSecond"] = Math.Round(anonymizeRate, 2),
        ["detectMbPerSecond"] = Math.Round(detectRate, 2),
        ["bytes"] = corpus.Utf8Bytes,
        ["texts"] = corpus.Texts.Length,
        ["complete"] = true,
        ["detections"] = new JsonObject(detections.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
    };
    Console.WriteLine(line.ToJsonString());
    return 0;
}

if (argsList.Contains("--per-recognizer"))
{
    // Diagnostic: each recognizer alone over the same texts, in MB/s (no context, no resolution): the best of three
    // passes after a warm-up pass (the first pass runs unoptimized code and loads libphonenumber's metadata). Each pass
    // reads with a recognizer from a freshly built analyzer (built before its timing starts), so a recognizer that
    // remembers what it parsed (the phone recognizer's windows) reads the corpus for the first time in every pass, as
    // the guarded figures do.
    var recognizerSink = new MatchSink();
    foreach (var name in new AnonymizerBuilder().BuildAnalyzer().EnabledRecognizers().Select(r => r.Name))
    {
        var found = 0;
        Recognizer Fresh() => new AnonymizerBuilder().BuildAnalyzer().EnabledRecognizers().Single(r => r.Name == name);
        void Pass(Recognizer recognizer)
        {
            found = 0;
            foreach (var text in corpus.Texts)
            {
                recognizerSink.Clear();
                recognizer.Analyze(text, recognizerSink);
                found += recognizerSink.Count;
            }
        }

        Pass(Fresh());
        var rate = 0.0;
        for (var i = 0; i < 3; i++)
        {
            var recognizer = Fresh();
            rate = Math.Max(rate, Measurement.Rate(corpus.Utf8Bytes, () => Pass(recognizer)));
        }

        Console.WriteLine($"{name,-32} {rate,9:F1} MB/s {found,8} matches");
    }
}

// Each measured pass builds its analyzer afresh: the phone recognizer remembers the windows it has parsed, and a pass
// over e-mails it has already seen would measure that cache, not a first reading of the corpus.
var sink = new MatchSink();
results.Add(Measurement.Compare("pattern-tier-1-thread", corpus.Utf8Bytes, ReferenceScan, () =>
{
    var patternTier = new AnonymizerBuilder().BuildAnalyzer();
    foreach (var text in corpus.Texts)
    {
        patternTier.Analyze(text, sink);
    }
}, rounds));

if (argsList.Contains("--tier-only"))
{
    // Diagnostic: the pattern tier alone, without comparing with the baseline.
    var tier = results[^1];
    Console.WriteLine($"{tier.Name}: {tier.MegabytesPerSecond:F1} MB/s (ratio {tier.Ratio:F3}, reference {tier.ReferenceMegabytesPerSecond:F1} MB/s)");
    return 0;
}

// The same e-mails cut into their non-empty lines, each analyzed as a text of its own: short records, as the cells of a
// table come, where the fixed cost of a call weighs more than the scan of its characters. Figures per MB of the e-mails.
var lines = corpus.Texts.SelectMany(t => t.Split('\n')).Where(l => l.Length > 0).ToArray();
results.Add(Measurement.Compare("pattern-tier-lines-1-thread", corpus.Utf8Bytes, ReferenceScan, () =>
{
    var patternTier = new AnonymizerBuilder().BuildAnalyzer();
    foreach (var line in lines)
    {
        patternTier.Analyze(line, sink);
    }
}, rounds));

var mlRecognizer = Anonymizer.Ml.MlRecognizers.CreateDefault();
results.Add(Measurement.Compare("full-analyzer-ml-1-thread", corpus.Utf8Bytes, ReferenceScan, () =>
{
    var fullAnalyzer = new AnonymizerBuilder().AddMlRecognizer(mlRecognizer).BuildAnalyzer();
    foreach (var text in corpus.Texts)
    {
        fullAnalyzer.Analyze(text, sink);
    }
}, rounds));

var mlAlone = Anonymizer.Ml.MlRecognizers.CreateDefault();
results.Add(Measurement.Compare("ml-recognizer-1-thread", corpus.Utf8Bytes, ReferenceScan, () =>
{
    foreach (var text in corpus.Texts)
    {
        sink.Clear();
        mlAlone.Analyze(text, sink);
    }
}, rounds));

if (File.Exists(cliPath))
{
    // The same e-mails as one JSONL record each, so the reference and the run cover the same text.
    var jsonl = Path.Combine(Path.GetTempPath(), $"guard-{Guid.NewGuid():N}-in.jsonl");
    File.WriteAllLines(jsonl, corpus.Texts.Select(t => new JsonObject { ["text"] = t }.ToJsonString()));
    var jsonlBytes = new FileInfo(jsonl).Length;
    var output = Path.Combine(Path.GetTempPath(), $"guard-{Guid.NewGuid():N}.jsonl");
    var tiny = Path.Combine(Path.GetTempPath(), $"guard-{Guid.NewGuid():N}-tiny.jsonl");
    File.WriteAllText(tiny, "{\"text\":\"hello\"}\n");
    double Run(string input, int threads)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cliPath, "run", input, "--output", output, "--quiet", "--threads", threads.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"anonymize run failed ({process.ExitCode}): {error}");
        }

        return clock.Elapsed.TotalSeconds;
    }

    // A run is a fresh process: its start-up (runtime, JIT, the ML model, about half a second) is measured on a one-record
    // file with the same threads and taken off, so the figures are the throughput of the run itself. The best of two
    // start-ups: one slow start would otherwise inflate the throughput.
    var cores = Environment.ProcessorCount;
    var cliRounds = 3;
    double Startup(int threads) => Math.Min(Run(tiny, threads), Run(tiny, threads));
    double Throughput(int threads, double startup) => jsonlBytes / 1e6 / Math.Max(Run(jsonl, threads) - startup, 0.05);
    var startupAll = Startup(cores);
    var startupOne = Startup(1);
    Run(jsonl, cores);

    // Each round times one thread and all threads back to back (the scaling) and the reference (the guarded ratio).
    var ratios = new List<double>();
    var rates = new List<double>();
    var references = new List<double>();
    var scalings = new List<double>();
    var oneRates = new List<double>();
    for (var i = 0; i < cliRounds; i++)
    {
        var referenceRate = Measurement.Rate(corpus.Utf8Bytes, ReferenceScan);
        var rate = Throughput(cores, startupAll);
        var oneRate = Throughput(1, startupOne);
        references.Add(referenceRate);
        rates.Add(rate);
        ratios.Add(rate / referenceRate);
        oneRates.Add(oneRate);
        scalings.Add(rate / oneRate);
    }

    results.Add(new RatioResult($"run-jsonl-{cores}-threads", Measurement.Median(ratios), Measurement.Median(rates), Measurement.Median(references)));
    results.Add(new RatioResult("run-jsonl-scaling", Measurement.Median(scalings), Measurement.Median(rates), Measurement.Median(oneRates)));
    Console.WriteLine($"anonymize run: start-up {startupOne:F2} s (1 thread), {startupAll:F2} s ({cores} threads), taken off every run");
    File.Delete(tiny);
    File.Delete(output);
    File.Delete(jsonl);
}
else
{
    Console.WriteLine($"skipping anonymize run: build the CLI in Release first ({cliPath})");
}

Console.WriteLine();
Console.WriteLine($"{"benchmark",-28} {"ratio",8} {"MB/s",9} {"ref MB/s",9} {"baseline",9}");
var baseline = File.Exists(baselinePath) ? JsonNode.Parse(File.ReadAllText(baselinePath))!.AsObject() : new JsonObject();
var regressions = new List<string>();
foreach (var result in results)
{
    var expected = baseline[result.Name]?["ratio"]?.GetValue<double>();
    Console.WriteLine($"{result.Name,-28} {result.Ratio,8:F3} {result.MegabytesPerSecond,9:F1} {result.ReferenceMegabytesPerSecond,9:F1} {(expected is null ? "-" : expected.Value.ToString("F3", CultureInfo.InvariantCulture)),9}");
    if (expected is { } floor && result.Ratio < floor * (1 - AllowedDrop))
    {
        regressions.Add($"throughput guard: {result.Name} fell to ratio {result.Ratio:F3}, more than {AllowedDrop:P0} below its baseline {floor:F3}");
    }
}

if (argsList.Contains("--update-baseline"))
{
    var updated = new JsonObject();
    foreach (var result in results)
    {
        updated[result.Name] = new JsonObject { ["ratio"] = Math.Round(result.Ratio, 3), ["mbPerSecondWhenSet"] = Math.Round(result.MegabytesPerSecond, 1) };
    }

    File.WriteAllText(baselinePath, updated.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    Console.WriteLine($"baseline written to {baselinePath}");
    return 0;
}

foreach (var regression in regressions)
{
    Console.Error.WriteLine(regression);
}

return regressions.Count == 0 ? 0 : 1;

static string FindRoot(string start)
{
    var folder = new DirectoryInfo(start);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Anonymizer.sln")))
    {
        folder = folder.Parent;
    }

    return folder?.FullName ?? throw new InvalidOperationException("Anonymizer.sln not found above " + start);
}
