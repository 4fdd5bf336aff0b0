using System.Text.RegularExpressions;

namespace Anonymizer.Cli.Tests;

/// <summary>docs/cli.md documents every command and every option that the tool's own help lists.</summary>
public sealed partial class CliDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "cli.md"));

    [Theory]
    [InlineData("detect")]
    [InlineData("run")]
    [InlineData("decrypt")]
    [InlineData("inspect")]
    public void Every_option_of_the_command_is_documented(string command)
    {
        Assert.Contains($"## `anonymize {command}`", Docs, StringComparison.Ordinal);

        var help = CliRunner.Run(null, command, "--help");
        Assert.Equal(0, help.ExitCode);
        var options = OptionName().Matches(help.Stdout).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains("--output", options);
        foreach (var option in options.Where(o => o != "--help"))
        {
            Assert.True(Docs.Contains($"`{option}", StringComparison.Ordinal), $"docs/cli.md does not document {option} of '{command}'");
        }
    }

    [Fact]
    public void Every_command_of_the_tool_is_documented()
    {
        var help = CliRunner.Run(null, "--help");
        var commands = CommandName().Matches(help.Stdout).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["detect", "run", "decrypt", "inspect"], commands);
        foreach (var command in commands)
        {
            Assert.Matches($@"anonymize {command} +INPUT \[options\]", Docs);
        }

        Assert.Contains("ANONYMIZER_KEY", Docs, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s+(?:-\S+, )*(--[a-z][a-z-]*)", RegexOptions.Multiline)]
    private static partial Regex OptionName();

    [GeneratedRegex(@"^\s+([a-z]+) <INPUT>", RegexOptions.Multiline)]
    private static partial Regex CommandName();
}
