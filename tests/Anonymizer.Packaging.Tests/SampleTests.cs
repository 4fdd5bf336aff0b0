using System.Text.RegularExpressions;

namespace Anonymizer.Packaging.Tests;

/// <summary>Runs every sample (built with the solution) and checks what it prints.</summary>
public sealed class SampleTests
{
    private static readonly Dictionary<string, string?> NoKey = new() { [Keys.AnonymizationKey.EnvironmentVariable] = null };

    private static Dotnet.Result RunSample(string name, params string[] arguments)
    {
        var dll = Repo.PathOf("samples", name, "bin", Repo.Configuration, "net10.0", name + ".dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build the solution first");
        var result = Dotnet.Run(Repo.Root, [dll, .. arguments], NoKey, TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, result.All);
        return result;
    }

    [Fact]
    public void QuickStart_prints_the_readme_result_and_the_detections()
    {
        var output = RunSample("QuickStart").StdOut;
        Assert.Contains("Contact <EMAIL_ADDRESS> or <PHONE_NUMBER>.", output, StringComparison.Ordinal);
        Assert.Matches(@"CREDIT_CARD\s+\[5,24\) score 1\.00 by CreditCardRecognizer", output);
        Assert.Contains("IP_ADDRESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomRecognizer_uses_its_own_recognizer_and_strategy()
    {
        var output = RunSample("CustomRecognizer").StdOut;
        Assert.Contains("EMP-HR-****** (<EMAIL_ADDRESS>) opened <TICKET> about project <PROJECT>.", output, StringComparison.Ordinal);
        Assert.Matches(@"EMPLOYEE_ID\s+-> keep-department", output);
    }

    [Fact]
    public void EtlJsonl_rewrites_the_text_field_and_counts()
    {
        var input = Repo.PathOf("samples", "data", "sample.jsonl");
        var output = Path.Combine(Path.GetTempPath(), $"etl-{Guid.NewGuid():N}.jsonl");
        try
        {
            var printed = RunSample("EtlJsonl", input, output).StdOut;
            var lines = File.ReadAllLines(input).Count(l => l.Trim().Length > 0);
            Assert.Contains($"records: {lines} read", printed, StringComparison.Ordinal);
            Assert.Matches(@"EMAIL_ADDRESS\s+\d+", printed);

            var written = File.ReadAllLines(output);
            Assert.Equal(lines, written.Length);
            Assert.DoesNotContain(written, l => l.Contains("jane.doe@example.com", StringComparison.Ordinal));
            Assert.Contains(written, l => l.Contains("**** **** **** 0004", StringComparison.Ordinal));
            Assert.Contains(written, l => l.Contains("<IP_ADDRESS_1>", StringComparison.Ordinal));
            Assert.Contains(written, l => l.Contains("\"author\":\"jdoe@example.org\"", StringComparison.Ordinal)); // only "text" is rewritten
            var report = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(output, ".report.json")))!;
            Assert.Equal(lines, (int)report["records"]!["written"]!);
            Assert.Equal(0, (int)report["records"]!["quarantined"]!);
        }
        finally
        {
            File.Delete(output);
            File.Delete(Path.ChangeExtension(output, ".report.json"));
            File.Delete(Path.ChangeExtension(output, ".quarantine.jsonl"));
        }
    }

    [Fact]
    public void EtlJsonl_quarantines_a_line_that_is_not_json_with_its_line_number_and_loses_nothing()
    {
        var input = Path.Combine(Path.GetTempPath(), $"etl-{Guid.NewGuid():N}-in.jsonl");
        var output = Path.Combine(Path.GetTempPath(), $"etl-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(input, ["{\"text\":\"mail jane.doe@example.com\"}", "{\"text\": broken", "", "{\"text\":\"call 212-555-0187\"}"]);
        try
        {
            var printed = RunSample("EtlJsonl", input, output).StdOut;
            Assert.Contains("records: 3 read, 2 written (2 changed), 1 quarantined", printed, StringComparison.Ordinal);
            var quarantined = System.Text.Json.Nodes.JsonNode.Parse(Assert.Single(File.ReadAllLines(Path.ChangeExtension(output, ".quarantine.jsonl"))))!;
            Assert.Equal(2, (int)quarantined["line"]!);
            Assert.StartsWith("not valid JSON", (string)quarantined["reason"]!, StringComparison.Ordinal);
            var report = File.ReadAllText(Path.ChangeExtension(output, ".report.json"));
            Assert.DoesNotContain("jane.doe", report, StringComparison.Ordinal);
            Assert.Contains("EMAIL_ADDRESS", report, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var file in new[] { input, output, Path.ChangeExtension(output, ".report.json"), Path.ChangeExtension(output, ".quarantine.jsonl") })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void HostedService_anonymizes_through_the_host_and_logs_no_value()
    {
        var output = RunSample("HostedService").All;
        Assert.Matches(@"anonymized \d+ lines, \d+ entities", output);
        Assert.Contains("Anonymizer ready", output, StringComparison.Ordinal);
        Assert.Contains("**** **** **** 1111", output, StringComparison.Ordinal);
        Assert.Matches("redacted log property: Refund requested by [0-9a-f]{12}, call <PHONE_NUMBER>", output);
        foreach (var value in new[] { "jane.doe@example.com", "4111 1111 1111 1111", "078-05-1121", "192.168.12.7" })
        {
            Assert.DoesNotContain(value, output, StringComparison.Ordinal);
        }

        Assert.Matches(new Regex(@"Anonymized a text of \d+ characters: \d+ entities"), output);
    }

    [Fact]
    public void CsvColumns_applies_each_column_policy()
    {
        var input = Repo.PathOf("samples", "data", "customers.csv");
        var output = Path.Combine(Path.GetTempPath(), $"csv-columns-{Guid.NewGuid():N}.csv");
        try
        {
            var printed = RunSample("CsvColumns", input, output).StdOut;
            Assert.Contains("rows: 4;", printed, StringComparison.Ordinal);
            Assert.Matches(@"email\s+entity EMAIL_ADDRESS", printed);
            Assert.Contains("after:  id=1001 | name=<PERSON> | email=<EMAIL_ADDRESS> | phone=(***) ***-0187 | city=Springfield", printed, StringComparison.Ordinal);

            var written = File.ReadAllLines(output);
            Assert.Equal("id,name,email,phone,city,plan,notes", written[0]);   // ssn dropped, header included
            Assert.Equal(5, written.Length);
            var all = string.Join('\n', written);
            foreach (var raw in new[] { "jane.doe@example.com", "Jane Doe", "jsmith@example.net", "4111 1111 1111 1111", "078-05-1120", "GB82 WEST", "10.0.0.12", "555-0187" })
            {
                Assert.DoesNotContain(raw, all, StringComparison.Ordinal);
            }

            Assert.Contains("1003,<PERSON>,<EMAIL_ADDRESS>,(***) ***-0142,Lakeside,bronze,No personal data in this note.", written);   // kept and scanned text survive
            Assert.Contains(written, l => l.Contains("Called from <IP_ADDRESS>, asked to write to <EMAIL_ADDRESS>", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void MlNetPipeline_anonymizes_before_featurization_and_trains()
    {
        var output = RunSample("MlNetPipeline").StdOut;
        var preview = output[..output.IndexOf("test rows:", StringComparison.Ordinal)];
        Assert.Contains("<EMAIL_ADDRESS>", preview, StringComparison.Ordinal);
        Assert.Contains("<CREDIT_CARD>", preview, StringComparison.Ordinal);
        Assert.Contains("<PHONE_NUMBER>", preview, StringComparison.Ordinal);
        foreach (var raw in new[] { "@example.", "4111 1111 1111 1111", "5500 0000 0000 0004", "555-01" })
        {
            Assert.DoesNotContain(raw, preview, StringComparison.Ordinal);
        }

        Assert.Matches(@"accuracy: \d\.\d\d  AUC: \d\.\d\d  F1: \d\.\d\d", output);
        Assert.Contains("scored: WIN a free cruise! Send your card <CREDIT_CARD> to <EMAIL_ADDRESS>", output, StringComparison.Ordinal);
    }
}
