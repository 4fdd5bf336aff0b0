using System.Text.Json;
using Anonymizer.Anonymization;
using Anonymizer.Cli.Commands;
using Anonymizer.Cli.Io;
using Anonymizer.Cli.Processing;

namespace Anonymizer.Cli.Reports;

/// <summary>
/// The audit report of a run: what was read, written and quarantined, entities per type, the policy and the
/// throughput. It holds counts and names only, never a value from the input.
/// </summary>
internal static class RunReport
{
    public static void Write(string path, CommonSettings settings, PipelineCounts counts, AnonymizationPolicy policy, string? keyId)
    {
        using var target = OutputTarget.Open(path, "--report");
        using (var stream = new MemoryStream())
        {
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("tool", "anonymize");
                json.WriteString("version", typeof(RunReport).Assembly.GetName().Version?.ToString(3));
                json.WriteString("input", settings.InputName);
                json.WriteString("format", settings.Format.ToString().ToLowerInvariant());
                json.WriteStartObject("records");
                json.WriteNumber("read", counts.Read);
                json.WriteNumber("written", counts.Written);
                json.WriteNumber("quarantined", counts.Quarantined);
                json.WriteEndObject();
                json.WriteStartObject("entitiesByType");
                foreach (var (type, count) in counts.EntitiesByType.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.WriteNumber(type, count);
                }

                json.WriteEndObject();
                json.WriteStartObject("policy");
                json.WriteString("default", policy.Default.Name);
                foreach (var (type, strategy) in policy.ByEntity.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.WriteString(type, strategy.Name);
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

                json.WriteNumber("threads", settings.Threads);
                json.WriteNumber("inputBytes", counts.Bytes);
                json.WriteNumber("seconds", Math.Round(counts.Elapsed.TotalSeconds, 3));
                var seconds = Math.Max(counts.Elapsed.TotalSeconds, 1e-9);
                json.WriteNumber("megabytesPerSecond", Math.Round(counts.Bytes / 1e6 / seconds, 2));
                json.WriteNumber("recordsPerSecond", Math.Round(counts.Read / seconds, 1));
                json.WriteEndObject();
            }

            target.Writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            target.Writer.Write('\n');
        }

        target.Commit();
    }
}
