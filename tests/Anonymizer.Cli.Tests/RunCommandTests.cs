using System.Text.Json;

namespace Anonymizer.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public void Readme_sample_command_rewrites_every_detected_value()
    {
        var sample = Path.Combine(CliRunner.RepositoryRoot, "samples", "data", "sample.txt");
        var result = CliRunner.Run(null, "run", sample);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllLines(sample).Length, result.Lines.Length);
        Assert.Contains("<EMAIL_ADDRESS>", result.Stdout);
        Assert.DoesNotContain("jane.doe@example.com", result.Stdout);
        Assert.Contains("Nothing personal in this line at all.", result.Stdout);
    }

    [Fact]
    public void Jsonl_fields_are_rewritten_and_everything_else_passes_through_unchanged()
    {
        const string input = """{"id":1,"text":"mail jane@example.com","price":1.50,"tags":["a"],"meta":{"x":null}}""" + "\n";
        var result = CliRunner.Run(input, "run", "-", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""{"id":1,"text":"mail <EMAIL_ADDRESS>","price":1.50,"tags":["a"],"meta":{"x":null}}""", result.Lines.Single());
    }

    [Fact]
    public void Malformed_records_go_to_quarantine_with_line_and_reason_and_the_report_counts_add_up()
    {
        using var folder = new TempFolder();
        var input = folder.File("in.jsonl", "{\"text\":\"a@example.com\"}\n{broken\n{\"text\":7}\n{\"other\":1}\n");
        var output = folder.File("out.jsonl");
        var quarantine = folder.File("q.jsonl");
        var report = folder.File("report.json");
        var result = CliRunner.Run(null, "run", input, "--output", output, "--quarantine", quarantine, "--report", report);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["{\"text\":\"<EMAIL_ADDRESS>\"}", "{\"other\":1}"], File.ReadAllLines(output));
        var quarantined = File.ReadAllLines(quarantine).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal([2, 3], quarantined.Select(q => q.GetProperty("line").GetInt32()));
        Assert.StartsWith("malformed JSON", quarantined[0].GetProperty("reason").GetString());
        Assert.Contains("not a string", quarantined[1].GetProperty("reason").GetString());
        var records = JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("records");
        Assert.Equal(4, records.GetProperty("read").GetInt32());
        Assert.Equal(2, records.GetProperty("written").GetInt32());
        Assert.Equal(2, records.GetProperty("quarantined").GetInt32());
        Assert.DoesNotContain("a@example.com", File.ReadAllText(report));
    }

    [Fact]
    public void A_malformed_record_with_fail_on_error_stops_with_exit_3_naming_file_and_line_and_leaves_no_output()
    {
        using var folder = new TempFolder();
        var input = folder.File("in.jsonl", "{\"text\":\"ok\"}\n{\"text\": \"secret@example.com\"\n");
        var output = folder.File("out.jsonl");
        var result = CliRunner.Run(null, "run", input, "--output", output, "--fail-on-error");
        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"anonymize: {input}:2: malformed JSON (at byte 30)", result.Stderr.Trim());
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.partial"));
    }

    [Theory]
    [InlineData("--min-score", "1.5", "--min-score")]
    [InlineData("--threads", "0", "--threads")]
    [InlineData("--format", "xml", "--format")]
    [InlineData("--entities", "NOT_A_TYPE", "--entities")]
    [InlineData("--phone-regions", "", "--phone-regions")]
    [InlineData("--countries", "Germany", "--countries")]
    public void Bad_options_exit_2_with_one_line_naming_the_option(string option, string value, string named)
    {
        var result = CliRunner.Run("x\n", "run", "-", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"anonymize: {named}", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void A_missing_input_file_or_unknown_option_exits_2_without_a_stack_trace()
    {
        var missing = CliRunner.Run(null, "run", "/no/such/file.txt");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("anonymize: INPUT: file not found: /no/such/file.txt", missing.Stderr.Trim());
        var unknown = CliRunner.Run(null, "run", "x.txt", "--frobnicate");
        Assert.Equal(2, unknown.ExitCode);
        Assert.DoesNotContain("   at ", unknown.Stderr);
    }
}

public sealed class MlOptionTests
{
    [Fact]
    public void The_ml_tier_finds_names_by_default_and_ml_off_turns_it_off()
    {
        const string input = "Yesterday Maria Schmidt met John Miller in London.\n";
        var on = CliRunner.Run(input, "run", "-");
        var off = CliRunner.Run(input, "run", "-", "--ml", "off");
        Assert.Equal(0, on.ExitCode);
        Assert.Contains("<PERSON>", on.Stdout);
        Assert.DoesNotContain("Schmidt", on.Stdout);
        Assert.Equal(input, off.Stdout);
        var bad = CliRunner.Run(input, "run", "-", "--ml", "maybe");
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("anonymize: --ml", bad.Stderr);
    }

    [Fact]
    public void Ml_markup_read_makes_the_ml_tier_read_markup_as_prose()
    {
        const string input = "<style>body { font-family: Helvetica, Geneva, Tahoma }</style><p>Our office in Chicago is closed.</p>\n";
        var skip = CliRunner.Run(input, "run", "-", "--format", "text", "--entities", "LOCATION");
        var read = CliRunner.Run(input, "run", "-", "--format", "text", "--entities", "LOCATION", "--ml-markup", "read");
        Assert.Equal(0, skip.ExitCode);
        Assert.Equal("<style>body { font-family: Helvetica, Geneva, Tahoma }</style><p>Our office in <LOCATION> is closed.</p>\n", skip.Stdout);
        Assert.Equal(0, read.ExitCode);
        Assert.DoesNotContain("Geneva, Tahoma", read.Stdout);
        var bad = CliRunner.Run(input, "run", "-", "--ml-markup", "maybe");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("anonymize: --ml-markup: expected skip or read (got 'maybe')", bad.Stderr.Trim());
        var withoutMl = CliRunner.Run(input, "run", "-", "--ml", "off", "--ml-markup", "read");
        Assert.Equal(2, withoutMl.ExitCode);
        Assert.Equal("anonymize: --ml-markup: applies to the ML recognizer, which --ml off turns off", withoutMl.Stderr.Trim());
    }
}
