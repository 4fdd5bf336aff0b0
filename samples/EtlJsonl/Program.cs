// EtlJsonl: one ETL step over a JSONL corpus, in process. Reads a JSONL file line by line, anonymizes the "text" field
// under a policy file with a generated key, writes JSONL, copies a line that is not JSON to a quarantine file with its
// line number and the reason, and writes a report (counts and entity types, never a value); nothing is dropped:
// every record read is either written or quarantined.
//
//   dotnet run --project samples/EtlJsonl -- [INPUT.jsonl] [OUTPUT.jsonl]
//   (the quarantine and the report go next to OUTPUT: OUTPUT.quarantine.jsonl, OUTPUT.report.json)
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Anonymizer;
using Anonymizer.Anonymization;
using Anonymizer.Keys;

var input = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "sample.jsonl");
var output = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "anonymizer-etl-sample.out.jsonl");
var quarantinePath = Path.ChangeExtension(output, ".quarantine.jsonl");
var reportPath = Path.ChangeExtension(output, ".report.json");

// No default key anywhere: this sample generates one per run. A real job reads its key with
// AnonymizationKey.FromFile(path) or AnonymizationKey.FromEnvironment() (ANONYMIZER_KEY), so hashes stay linkable
// across runs and shards.
using var key = AnonymizationKey.Generate();
var policy = PolicyFile.Load(Path.Combine(AppContext.BaseDirectory, "policy.json"), key);
var engine = new AnonymizerBuilder().WithPolicy(policy).Build();

// Write < and > as they are (the default escapes them for HTML pages).
var jsonOptions = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
int records = 0, written = 0, changed = 0, quarantined = 0, lineNumber = 0;
var byType = new SortedDictionary<string, int>(StringComparer.Ordinal);
using (var reader = new StreamReader(input))
using (var writer = new StreamWriter(output))
using (var quarantine = new StreamWriter(quarantinePath))
{
    string? line;
    while ((line = reader.ReadLine()) is not null)
    {
        lineNumber++;
        if (string.IsNullOrWhiteSpace(line))
        {
            continue;
        }

        records++;
        JsonNode? record;
        try
        {
            record = JsonNode.Parse(line);
        }
        catch (JsonException e)
        {
            // Not JSON: kept as it was, with where it came from and why, for a person to look at. (The quarantine holds
            // the raw line, so it needs the same protection as the input.)
            quarantined++;
            var reason = $"not valid JSON at byte {e.BytePositionInLine ?? 0}";
            quarantine.WriteLine(new JsonObject { ["line"] = lineNumber, ["reason"] = reason, ["record"] = line }.ToJsonString(jsonOptions));
            continue;
        }

        if (record?["text"] is JsonValue value && value.TryGetValue<string>(out var text))
        {
            var result = engine.Anonymize(text);
            if (result.Matches.Count > 0)
            {
                changed++;
                record["text"] = result.Text;
                foreach (var match in result.Matches)
                {
                    byType[match.EntityType] = byType.GetValueOrDefault(match.EntityType) + 1;
                }
            }
        }

        writer.WriteLine(record?.ToJsonString(jsonOptions) ?? "null");
        written++;
    }
}

// The report: what was done, by entity type, and the check that nothing was lost. No value of the input is in it.
var report = new JsonObject
{
    ["input"] = Path.GetFileName(input),
    ["keyId"] = key.KeyId,
    ["records"] = new JsonObject { ["read"] = records, ["written"] = written, ["changed"] = changed, ["quarantined"] = quarantined },
    ["entities"] = new JsonObject(byType.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
};
File.WriteAllText(reportPath, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
if (records != written + quarantined)
{
    throw new InvalidOperationException("a record was neither written nor quarantined");
}

Console.WriteLine($"key id {key.KeyId} (generated for this run)");
Console.WriteLine($"records: {records} read, {written} written ({changed} changed), {quarantined} quarantined; written to {output}");
Console.WriteLine($"report: {reportPath}; quarantine: {quarantinePath}");
foreach (var (type, count) in byType)
{
    Console.WriteLine($"  {type,-14} {count}");
}

Console.WriteLine();
foreach (var outputLine in File.ReadLines(output))
{
    Console.WriteLine(outputLine);
}
