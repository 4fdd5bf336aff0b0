// EtlJsonl: one ETL step over a JSONL corpus, in process. Reads a JSONL file line by line, anonymizes the "text" field
// under a policy file with a generated key, writes JSONL and prints what it did (counts and types, never values).
//
//   dotnet run --project samples/EtlJsonl -- [INPUT.jsonl] [OUTPUT.jsonl]
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Anonymizer;
using Anonymizer.Anonymization;
using Anonymizer.Keys;

var input = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "sample.jsonl");
var output = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "anonymizer-etl-sample.out.jsonl");

// No default key anywhere: this sample generates one per run. A real job reads its key with
// AnonymizationKey.FromFile(path) or AnonymizationKey.FromEnvironment() (ANONYMIZER_KEY), so hashes stay linkable
// across runs and shards.
using var key = AnonymizationKey.Generate();
var policy = PolicyFile.Load(Path.Combine(AppContext.BaseDirectory, "policy.json"), key);
var engine = new AnonymizerBuilder().WithPolicy(policy).Build();

// Write < and > as they are (the default escapes them for HTML pages).
var jsonOptions = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
int records = 0, changed = 0, skipped = 0;
var byType = new SortedDictionary<string, int>(StringComparer.Ordinal);
using (var reader = new StreamReader(input))
using (var writer = new StreamWriter(output))
{
    string? line;
    while ((line = reader.ReadLine()) is not null)
    {
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
        catch (JsonException)
        {
            skipped++;   // a real job would copy it to a quarantine file with its line number
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

        writer.WriteLine(record?.ToJsonString(jsonOptions));
    }
}

Console.WriteLine($"key id {key.KeyId} (generated for this run)");
Console.WriteLine($"records: {records} read, {changed} changed, {skipped} skipped; written to {output}");
foreach (var (type, count) in byType)
{
    Console.WriteLine($"  {type,-14} {count}");
}

Console.WriteLine();
foreach (var written in File.ReadLines(output))
{
    Console.WriteLine(written);
}
