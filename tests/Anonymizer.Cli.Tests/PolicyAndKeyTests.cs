namespace Anonymizer.Cli.Tests;

public sealed class PolicyAndKeyTests
{
    private const string Input = "Mail jane.doe@example.com or bob@example.org today\n";

    private static string ExamplePolicy => Path.Combine(CliRunner.RepositoryRoot, "docs", "policy.example.json");

    private static string NewKeyFile(TempFolder folder, int bytes = 32) =>
        folder.File("key.txt", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(bytes)));

    [Fact]
    public void A_keyed_policy_without_a_key_exits_2_naming_both_ways_to_give_one()
    {
        var result = CliRunner.Run(Input, new Dictionary<string, string> { ["ANONYMIZER_KEY"] = "" }, "run", "-", "--policy", ExamplePolicy);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--key-file", result.Stderr);
        Assert.Contains("ANONYMIZER_KEY", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void A_short_key_is_refused_and_never_echoed()
    {
        using var folder = new TempFolder();
        var key = NewKeyFile(folder, bytes: 16);
        var result = CliRunner.Run(Input, "run", "-", "--policy", ExamplePolicy, "--key-file", key);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at least 256", result.Stderr);
        Assert.DoesNotContain(File.ReadAllText(key).Trim(), result.Stderr);
    }

    [Fact]
    public void The_example_policy_runs_end_to_end_and_the_same_key_gives_identical_output_in_two_processes()
    {
        using var folder = new TempFolder();
        var key = NewKeyFile(folder);
        var first = CliRunner.Run(Input, "run", "-", "--policy", ExamplePolicy, "--key-file", key);
        var second = CliRunner.Run(Input, "run", "-", "--policy", ExamplePolicy, "--key-file", key);
        var otherKey = CliRunner.Run(Input, "run", "-", "--policy", ExamplePolicy, "--key-file", NewKeyFile(folder));
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.NotEqual(first.Stdout, otherKey.Stdout);
        Assert.DoesNotContain("jane.doe@example.com", first.Stdout);
        Assert.Matches("^Mail [0-9a-f]{64} or [0-9a-f]{64} today$", first.Lines.Single());
    }

    [Fact]
    public void The_key_can_come_from_the_environment_and_the_report_names_its_id_not_the_key()
    {
        using var folder = new TempFolder();
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var report = folder.File("report.json");
        var result = CliRunner.Run(Input, new Dictionary<string, string> { ["ANONYMIZER_KEY"] = key }, "run", "-", "--policy", ExamplePolicy, "--report", report);
        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(report);
        Assert.Matches("\"keyId\": \"[0-9a-f]{8}\"", text);
        Assert.DoesNotContain(key, text);
        Assert.DoesNotContain("jane.doe", text);
    }

    [Fact]
    public void Decrypt_restores_encrypted_values_exactly_in_text_and_jsonl()
    {
        using var folder = new TempFolder();
        var key = NewKeyFile(folder);
        var policy = folder.File("policy.json", """{ "default": { "strategy": "encrypt" } }""");
        var original = "Mail jane.doe@example.com, or \"quoted\" ünïcode a@b.org\n";
        var encrypted = CliRunner.Run(original, "run", "-", "--policy", policy, "--key-file", key);
        Assert.Equal(0, encrypted.ExitCode);
        Assert.Contains("[[ENC:", encrypted.Stdout);
        Assert.DoesNotContain("jane.doe", encrypted.Stdout);
        var restored = CliRunner.Run(encrypted.Stdout, "decrypt", "-", "--key-file", key);
        Assert.Equal(0, restored.ExitCode);
        Assert.Equal(original, restored.Stdout);

        var jsonl = """{"id":7,"text":"write to jane.doe@example.com"}""" + "\n";
        var encryptedJsonl = CliRunner.Run(jsonl, "run", "-", "--format", "jsonl", "--policy", policy, "--key-file", key);
        var restoredJsonl = CliRunner.Run(encryptedJsonl.Stdout, "decrypt", "-", "--format", "jsonl", "--key-file", key);
        Assert.Equal(jsonl, restoredJsonl.Stdout);
    }

    [Fact]
    public void Decrypt_without_a_key_or_with_a_bad_policy_exits_2()
    {
        using var folder = new TempFolder();
        var noKey = CliRunner.Run("x\n", new Dictionary<string, string> { ["ANONYMIZER_KEY"] = "" }, "decrypt", "-");
        Assert.Equal(2, noKey.ExitCode);
        Assert.Contains("--key-file", noKey.Stderr);
        var badPolicy = folder.File("bad.json", """{ "default": { "strategy": "mask", "keepLast": -1 } }""");
        var result = CliRunner.Run("x\n", "run", "-", "--policy", badPolicy);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.default.keepLast", result.Stderr);
    }
}
