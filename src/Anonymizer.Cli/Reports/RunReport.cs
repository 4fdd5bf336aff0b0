using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Anonymizer.Anonymization;
using Anonymizer.Cli.Commands;
using Anonymizer.Cli.Io;
using Anonymizer.Cli.Processing;
using Anonymizer.Tabular;

namespace Anonymizer.Cli.Reports;

/// <summary>
/// The audit report of a run: records read, written, quarantined and excluded; entities per type, per field and per
/// recognizer; a score histogram; the policy and key id; throughput. It holds counts and names only, never a value
/// from the input. Written as JSON, or as a self-contained HTML page when the file name ends in <c>.html</c>.
/// </summary>
internal static class RunReport
{
    public static void Write(string path, CommonSettings settings, RunStatistics stats, AnonymizationPolicy policy, string? keyId = null)
    {
        using var target = OutputTarget.Open(path, "--report");
        var html = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        target.Writer.Write(html ? Html(settings, stats, policy, keyId) : Json(settings, stats, policy, keyId));
        target.Commit();
    }

    internal static string Json(CommonSettings settings, RunStatistics stats, AnonymizationPolicy policy, string? keyId)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "anonymize");
            json.WriteString("version", typeof(RunReport).Assembly.GetName().Version?.ToString(3));
            json.WriteString("input", settings.InputName);
            json.WriteString("format", settings.Format.ToString().ToLowerInvariant());
            json.WriteStartObject("records");
            json.WriteNumber("read", stats.Read);
            json.WriteNumber("written", stats.Written);
            json.WriteNumber("quarantined", stats.Quarantined);
            json.WriteNumber("excluded", stats.Excluded);
            json.WriteBoolean("balanced", stats.Read == stats.Written + stats.Quarantined + stats.Excluded);
            json.WriteEndObject();
            WriteCounts(json, "entitiesByType", stats.EntitiesByType);
            json.WriteStartObject("entitiesByField");
            foreach (var (field, byType) in stats.EntitiesByField.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                WriteCounts(json, field, byType);
            }

            json.WriteEndObject();
            WriteCounts(json, "entitiesByRecognizer", stats.EntitiesByRecognizer);
            json.WriteStartArray("scoreHistogram");
            for (var i = 0; i < stats.ScoreHistogram.Length; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("from", i / (double)RunStatistics.HistogramBins);
                json.WriteNumber("to", (i + 1) / (double)RunStatistics.HistogramBins);
                json.WriteNumber("count", stats.ScoreHistogram[i]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("policy");
            json.WriteString("default", policy.Default.Name);
            foreach (var (type, strategy) in policy.ByEntity.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(type, strategy.Name);
            }

            json.WriteEndObject();
            json.WriteStartObject("columns");
            foreach (var (column, columnPolicy) in settings.Columns.ByName.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(column, columnPolicy.Mode == ColumnMode.Entity ? $"entity:{columnPolicy.EntityType}" : columnPolicy.Mode.ToString().ToLowerInvariant());
            }

            json.WriteEndObject();
            if (keyId is null)
            {
                json.WriteNull("keyId");
            }
            else
            {
                json.WriteString("keyId", keyId);
            }

            json.WriteNumber("threads", stats.Threads);
            json.WriteNumber("inputBytes", stats.Bytes);
            json.WriteNumber("rawInputBytes", stats.RawBytes);
            json.WriteNumber("seconds", Math.Round(stats.Elapsed.TotalSeconds, 3));
            var seconds = Math.Max(stats.Elapsed.TotalSeconds, 1e-9);
            json.WriteNumber("megabytesPerSecond", Math.Round(stats.Bytes / 1e6 / seconds, 2));
            json.WriteNumber("recordsPerSecond", Math.Round(stats.Read / seconds, 1));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, Dictionary<string, long> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }

    internal static string Html(CommonSettings settings, RunStatistics stats, AnonymizationPolicy policy, string? keyId)
    {
        var seconds = Math.Max(stats.Elapsed.TotalSeconds, 1e-9);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>anonymize run report</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}")
            .Append("td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}td.n{text-align:right}h2{margin-top:1.5em}.ok{color:#17702f}.bad{color:#b00020}")
            .Append("</style></head><body>\n");
        page.Append("<h1>anonymize run report</h1>\n<p>Input <b>").Append(E(settings.InputName)).Append("</b> (").Append(E(settings.Format.ToString().ToLowerInvariant()))
            .Append("), ").Append(stats.Threads).Append(" threads, ").Append(F(stats.Elapsed.TotalSeconds, "0.###")).Append(" s, ")
            .Append(F(stats.Bytes / 1e6 / seconds, "0.##")).Append(" MB/s, ").Append(F(stats.Read / seconds, "0")).Append(" records/s.</p>\n");
        page.Append("<p>This report holds counts and names only, never a value from the input.</p>\n");
        var balanced = stats.Read == stats.Written + stats.Quarantined + stats.Excluded;
        page.Append("<h2>Records</h2>\n");
        page.Append(Bars([("written", stats.Written), ("quarantined", stats.Quarantined), ("excluded", stats.Excluded)]));
        page.Append("<p class=\"").Append(balanced ? "ok" : "bad").Append("\">read ").Append(stats.Read).Append(" = written ").Append(stats.Written)
            .Append(" + quarantined ").Append(stats.Quarantined).Append(" + excluded ").Append(stats.Excluded).Append(balanced ? " ✓" : " ✗").Append("</p>\n");
        page.Append("<h2>Entities by type</h2>\n").Append(Bars(Sorted(stats.EntitiesByType)));
        page.Append("<h2>Entities by recognizer</h2>\n").Append(Bars(Sorted(stats.EntitiesByRecognizer)));
        page.Append("<h2>Entities by field</h2>\n<table><tr><th>field</th><th>type</th><th>count</th></tr>\n");
        foreach (var (field, byType) in stats.EntitiesByField.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var (type, count) in byType.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                page.Append("<tr><td>").Append(E(field)).Append("</td><td>").Append(E(type)).Append("</td><td class=\"n\">").Append(count).Append("</td></tr>\n");
            }
        }

        page.Append("</table>\n<h2>Score histogram</h2>\n");
        var bins = new List<(string, long)>();
        for (var i = 0; i < stats.ScoreHistogram.Length; i++)
        {
            bins.Add(($"{F(i / 10.0, "0.0")}–{F((i + 1) / 10.0, "0.0")}", stats.ScoreHistogram[i]));
        }

        page.Append(Bars(bins));
        page.Append("<h2>Policy</h2>\n<table><tr><th>entity type</th><th>strategy</th></tr>\n<tr><td><i>default</i></td><td>").Append(E(policy.Default.Name)).Append("</td></tr>\n");
        foreach (var (type, strategy) in policy.ByEntity.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            page.Append("<tr><td>").Append(E(type)).Append("</td><td>").Append(E(strategy.Name)).Append("</td></tr>\n");
        }

        page.Append("</table>\n");
        if (settings.Columns.ByName.Count > 0)
        {
            page.Append("<table><tr><th>column</th><th>mode</th></tr>\n");
            foreach (var (column, columnPolicy) in settings.Columns.ByName.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                page.Append("<tr><td>").Append(E(column)).Append("</td><td>").Append(E(columnPolicy.Mode.ToString().ToLowerInvariant()))
                    .Append(columnPolicy.EntityType is null ? string.Empty : " " + E(columnPolicy.EntityType)).Append("</td></tr>\n");
            }

            page.Append("</table>\n");
        }

        page.Append("<p>Key id: ").Append(keyId is null ? "none" : E(keyId)).Append("</p>\n</body></html>\n");
        return page.ToString();
    }

    private static List<(string, long)> Sorted(Dictionary<string, long> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();

    /// <summary>A small inline SVG horizontal bar chart.</summary>
    private static string Bars(IReadOnlyList<(string Label, long Count)> rows)
    {
        if (rows.Count == 0)
        {
            return "<p>none</p>\n";
        }

        const int rowHeight = 22;
        const int labelWidth = 220;
        const int barWidth = 360;
        var max = Math.Max(1, rows.Max(r => r.Count));
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(labelWidth + barWidth + 90).Append("\" height=\"").Append(rows.Count * rowHeight + 4)
            .Append("\" role=\"img\" font-family=\"system-ui,sans-serif\" font-size=\"12\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, count) = rows[i];
            var y = i * rowHeight + 2;
            var width = (int)Math.Round(barWidth * (double)count / max);
            svg.Append("<text x=\"0\" y=\"").Append(y + 15).Append("\">").Append(E(label)).Append("</text>")
                .Append("<rect x=\"").Append(labelWidth).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(Math.Max(width, count > 0 ? 1 : 0))
                .Append("\" height=\"").Append(rowHeight - 6).Append("\" fill=\"#3b6fb6\"/>")
                .Append("<text x=\"").Append(labelWidth + width + 6).Append("\" y=\"").Append(y + 15).Append("\">").Append(count).Append("</text>");
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
