// CsvColumns: column policies over a CSV file, in process. Each column gets a mode from columns.json: "keep" passes it
// through, "drop" removes it (header included), "entity" rewrites the whole cell as one value of a known type without
// detection, and "scan" (the default for a column not named) detects personal data in the cell, with the column name
// and the policy's context words as context. Prints every row before and after, then writes the CSV.
//
//   dotnet run --project samples/CsvColumns -- [INPUT.csv] [OUTPUT.csv] [COLUMNS.json]
using System.Text.Json;
using Anonymizer;
using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Anonymizer.Tabular;
using Anonymizer.Tabular.Formats;
using Anonymizer.Tabular.Pipeline;

var input = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "customers.csv");
var output = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "anonymizer-csv-columns.out.csv");
var columnsFile = args.Length > 2 ? args[2] : Path.Combine(AppContext.BaseDirectory, "columns.json");

// The "columns" section of a policy file (the same JSON that `anonymize run --columns` reads).
ColumnPolicies columns;
using (var json = JsonDocument.Parse(File.ReadAllText(columnsFile)))
{
    columns = ColumnPolicies.Parse(json.RootElement.GetProperty("columns"));
}

var engine = new AnonymizerBuilder()
    .WithStrategy(PiiEntityTypes.PhoneNumber, new MaskStrategy(new MaskOptions { KeepLast = 4 }))
    .Build();

Console.WriteLine("column policies:");
foreach (var (name, policy) in columns.ByName)
{
    Console.WriteLine($"  {name,-6} {policy.Mode.ToString().ToLowerInvariant()}{(policy.EntityType is null ? "" : " " + policy.EntityType)}");
}

Console.WriteLine("  (other columns) scan");
Console.WriteLine();
var format = new RecordFormatOptions { Format = RecordFormat.Csv, DroppedColumns = columns.Dropped };
var contextByColumn = new Dictionary<string, AnalysisOptions>(StringComparer.Ordinal);
var rows = 0;
using (var source = new CsvRecordSource(File.OpenRead(input), format))
using (var outputStream = File.Create(output))
using (var sink = new CsvRecordSink(outputStream, format))
{
    foreach (var record in source.Read())
    {
        if (record.Error is not null)
        {
            Console.WriteLine($"line {record.Line}: skipped, {record.Error}");   // `anonymize run` quarantines it instead
            continue;
        }

        rows++;
        Console.WriteLine($"before: {Row(record, columns, dropped: false)}");
        var document = new DocumentScope();   // one row = one document: the same value gets the same number
        for (var i = 0; i < record.FieldCount; i++)
        {
            var name = record.FieldName(i);
            var policy = columns.For(name);
            var value = record.GetField(i);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            switch (policy.Mode)
            {
                case ColumnMode.Keep:
                    break;
                case ColumnMode.Drop:
                    record.DropField(i);
                    break;
                case ColumnMode.Entity:
                    PiiMatch[] whole = [new(policy.EntityType!, 0, value.Length, 1.0, "ColumnPolicy", new MatchExplanation("column policy", ValidationOutcome.Undecided, 1.0))];
                    record.SetField(i, engine.Anonymizer.Anonymize(value, whole, document));
                    break;
                default:
                    if (!contextByColumn.TryGetValue(name, out var options))
                    {
                        options = new AnalysisOptions { ContextWords = [name, .. policy.ContextWords ?? []] };
                        contextByColumn[name] = options;
                    }

                    var matches = engine.Analyzer.Analyze(value, options);
                    record.SetField(i, engine.Anonymizer.Anonymize(value, matches, document));
                    break;
            }
        }

        Console.WriteLine($"after:  {Row(record, columns, dropped: true)}");
        Console.WriteLine();
        sink.Write(record);
    }

    sink.Complete();
}

Console.WriteLine($"rows: {rows}; written to {output}");
Console.WriteLine(File.ReadAllText(output));

static string Row(TabularRecord record, ColumnPolicies columns, bool dropped)
{
    var cells = new List<string>();
    for (var i = 0; i < record.FieldCount; i++)
    {
        if (dropped && columns.For(record.FieldName(i)).Mode == ColumnMode.Drop)
        {
            continue;
        }

        cells.Add($"{record.FieldName(i)}={record.GetField(i)}");
    }

    return string.Join(" | ", cells);
}
