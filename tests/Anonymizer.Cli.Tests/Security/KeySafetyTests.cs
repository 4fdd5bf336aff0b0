using System.Security.Cryptography;
using Anonymizer.Keys;

namespace Anonymizer.Cli.Tests.Security;

/// <summary>
/// Keys under 256 bits are refused by the library and by the tool (--key-file, raw or base64, and ANONYMIZER_KEY);
/// the report names the key by its id; the key never appears in stdout, stderr, the report or an exception message.
/// </summary>
public sealed class KeySafetyTests
{
    private const string Input = "Mail jane.doe@example.com, card 4111 1111 1111 1111\n";

    private static string Policy(TempFolder folder) => folder.File("policy.json", """{ "default": { "strategy": "hash", "keyIdPrefix": true } }""");

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    public void The_library_refuses_short_keys_without_echoing_them(int bytes)
    {
        var key = RandomNumberGenerator.GetBytes(bytes);
        var base64 = Convert.ToBase64String(key);
        var fromBytes = Assert.Throws<ArgumentException>(() => AnonymizationKey.FromBytes(key));
        var fromBase64 = Assert.ThrowsAny<ArgumentException>(() => AnonymizationKey.FromBase64(base64 + " "));
        Assert.Contains("256", fromBytes.Message);
        if (bytes > 0)
        {
            Assert.DoesNotContain(base64, fromBase64.ToString());
            Assert.DoesNotContain(base64, fromBytes.ToString());
        }
    }

    [Theory]
    [InlineData(16, true)]
    [InlineData(31, true)]
    [InlineData(31, false)]
    public void The_tool_refuses_a_short_key_file_with_exit_2_and_never_echoes_it(int bytes, bool base64)
    {
        using var folder = new TempFolder();
        var raw = RandomNumberGenerator.GetBytes(bytes);
        raw[0] = 0xFF; // never ASCII, so a raw file is read as raw bytes
        var keyFile = Path.Combine(folder.Path, "key");
        if (base64)
        {
            File.WriteAllText(keyFile, Convert.ToBase64String(raw));
        }
        else
        {
            File.WriteAllBytes(keyFile, raw);
        }

        var result = CliRunner.Run(Input, "run", "-", "--policy", Policy(folder), "--key-file", keyFile);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at least 256", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain(Convert.ToBase64String(raw), result.Stderr + result.Stdout);
        Assert.Empty(result.Stdout);
    }

    [Theory]
    [InlineData("c2hvcnQ=")] // "short": 40 bits
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")] // 31 bytes
    [InlineData("this is not base64 at all!")]
    public void The_tool_refuses_a_short_or_malformed_environment_key_and_never_echoes_it(string key)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(Input, new Dictionary<string, string> { [AnonymizationKey.EnvironmentVariable] = key }, "run", "-", "--policy", Policy(folder));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ANONYMIZER_KEY", result.Stderr);
        Assert.DoesNotContain(key, result.Stderr + result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void The_report_and_the_tokens_name_the_key_id_and_nothing_shows_the_key()
    {
        using var folder = new TempFolder();
        var bytes = RandomNumberGenerator.GetBytes(32);
        var base64 = Convert.ToBase64String(bytes);
        var hex = Convert.ToHexString(bytes);
        var keyFile = folder.File("key.txt", base64);
        using var key = AnonymizationKey.FromBytes(bytes);
        var report = folder.File("report.json");
        var output = folder.File("out.txt");
        var result = CliRunner.Run(Input, "run", "-", "--policy", Policy(folder), "--key-file", keyFile, "--report", report, "--output", output);
        Assert.Equal(0, result.ExitCode);
        var reportText = File.ReadAllText(report);
        var outputText = File.ReadAllText(output);
        Assert.Contains($"\"keyId\": \"{key.KeyId}\"", reportText);
        Assert.Contains(key.KeyId + ":", outputText); // keyIdPrefix: each hash says which key made it (rotation)
        foreach (var text in new[] { reportText, outputText, result.Stdout, result.Stderr, key.ToString()! })
        {
            Assert.DoesNotContain(base64, text);
            Assert.DoesNotContain(hex, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
