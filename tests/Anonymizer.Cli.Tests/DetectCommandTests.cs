using System.Text.Json;

namespace Anonymizer.Cli.Tests;

public sealed class DetectCommandTests
{
    [Fact]
    public void Prints_one_json_object_per_text_line_in_the_documented_shape()
    {
        var result = CliRunner.Run("My mail is jane.doe@example.com\nnothing here\n", "detect", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                """{"record":0,"entities":[{"type":"EMAIL_ADDRESS","start":11,"end":31,"score":1.0,"recognizer":"EmailRecognizer"}]}""",
                """{"record":1,"entities":[]}""",
            ],
            result.Lines);
    }

    [Fact]
    public void Prints_the_matched_text_only_with_show_text()
    {
        const string input = "write to jane.doe@example.com\n";
        Assert.DoesNotContain("jane.doe", CliRunner.Run(input, "detect", "-").Stdout);
        var shown = CliRunner.Run(input, "detect", "-", "--show-text");
        Assert.Contains("\"text\":\"jane.doe@example.com\"", shown.Stdout);
    }

    [Fact]
    public void Scans_several_jsonl_fields_including_nested_ones_and_names_the_field()
    {
        using var folder = new TempFolder();
        var input = folder.File("in.jsonl", """{"text":"a@example.com","meta":{"author":"b@example.org"},"n":3}""" + "\n");
        var result = CliRunner.Run(null, "detect", input, "--text-field", "text", "--text-field", "meta.author");
        Assert.Equal(0, result.ExitCode);
        var entities = JsonDocument.Parse(result.Lines.Single()).RootElement.GetProperty("entities").EnumerateArray().ToArray();
        Assert.Equal(["text", "meta.author"], entities.Select(e => e.GetProperty("field").GetString()));
        Assert.Equal([0, 0], entities.Select(e => e.GetProperty("start").GetInt32()));
    }

    [Fact]
    public void Entities_option_filters_types_and_writes_to_an_output_file()
    {
        using var folder = new TempFolder();
        var output = folder.File("out.jsonl");
        var result = CliRunner.Run("jane@example.com\n", "detect", "-", "--entities", "PHONE_NUMBER", "--output", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""{"record":0,"entities":[]}""" + "\n", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.partial"));
    }

    [Fact]
    public void Threads_do_not_change_the_output_or_its_order()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 3000).Select(i => i % 3 == 0 ? $"user{i}@example.com and more" : $"line {i} without data"));
        var one = CliRunner.Run(lines, "detect", "-", "--threads", "1");
        var two = CliRunner.Run(lines, "detect", "-", "--threads", "2");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(3000, one.Lines.Length);
        Assert.Equal(one.Stdout, two.Stdout);
        Assert.Contains("\"record\":2999", one.Lines[^1]);
    }
}
