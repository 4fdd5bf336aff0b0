using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Anonymizer.Cli.Tests.Security;

/// <summary>
/// Hostile JSONL through the built tool with --quarantine: every record is either written or quarantined (the
/// report's counts add up), the exit code is 0, and no stack trace reaches the user. A record nested 10,000 levels
/// deep is quarantined with a reason that says so.
/// </summary>
public sealed class HostileRecordTests
{
    [Fact]
    public void A_record_nested_ten_thousand_levels_deep_is_quarantined_with_a_clear_reason()
    {
        using var folder = new TempFolder();
        const int depth = 10_000;
        var input = folder.File(
            "in.jsonl",
            "{\"text\":\"mail jane@example.com\"}\n"
            + string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth) + "\n"
            + "{\"text\":\"x\",\"n\":" + new string('[', depth) + new string(']', depth) + "}\n"
            + "{\"text\":\"after\"}\n"
            + "{\"text\":\"deep but allowed\",\"d\":" + new string('[', 200) + new string(']', 200) + "}\n");
        var output = folder.File("out.jsonl");
        var quarantine = folder.File("q.jsonl");
        var report = folder.File("report.json");
        var result = CliRunner.Run(null, "run", input, "--output", output, "--quarantine", quarantine, "--report", report);
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(
            ["{\"text\":\"mail <EMAIL_ADDRESS>\"}", "{\"text\":\"after\"}", "{\"text\":\"deep but allowed\",\"d\":" + new string('[', 200) + new string(']', 200) + "}"],
            File.ReadAllLines(output));
        var reasons = File.ReadAllLines(quarantine).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal([2, 3], reasons.Select(r => r.GetProperty("line").GetInt32()));
        Assert.All(reasons, r => Assert.StartsWith("JSON nested deeper than 256 levels", r.GetProperty("reason").GetString()));
        var records = JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("records");
        Assert.Equal((5, 3, 2), (records.GetProperty("read").GetInt32(), records.GetProperty("written").GetInt32(), records.GetProperty("quarantined").GetInt32()));

        // With --fail-on-error the same record stops the run with exit 3 (bad input), naming file, line and reason.
        var stopped = CliRunner.Run(null, "run", input, "--output", output + ".2", "--fail-on-error");
        Assert.Equal(3, stopped.ExitCode);
        Assert.Equal($"anonymize: {input}:2: JSON nested deeper than 256 levels (at byte 1281)", stopped.Stderr.Trim());
    }

    [Fact]
    public void Records_with_an_escaped_lone_surrogate_are_quarantined_not_a_crash()
    {
        using var folder = new TempFolder();
        var input = folder.File("in.jsonl", "{\"text\":\"a \\ud800 b\"}\n{\"x\":\"\\udc00\",\"text\":\"ok\"}\n{\"text\":\"pair \\ud83d\\ude00 fine\"}\n");
        var output = folder.File("out.jsonl");
        var quarantine = folder.File("q.jsonl");
        var result = CliRunner.Run(null, "run", input, "--output", output, "--quarantine", quarantine);
        Assert.Equal(0, result.ExitCode);

        // A lone surrogate in a scanned field cannot be analyzed: quarantined. In a field that is not scanned, and a
        // valid escaped pair, the records pass through exactly as read (nothing in them changes).
        Assert.Equal(["{\"x\":\"\\udc00\",\"text\":\"ok\"}", "{\"text\":\"pair \\ud83d\\ude00 fine\"}"], File.ReadAllLines(output));
        var reasons = File.ReadAllLines(quarantine).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal([1], reasons.Select(r => r.GetProperty("line").GetInt32()));
        Assert.All(reasons, r => Assert.Contains("not valid UTF-16 text", r.GetProperty("reason").GetString()));
    }

    private static readonly string[] ValidRecords =
    [
        """{"text":"mail jane.doe@example.com now"}""",
        """{"id":1,"text":"card 4111 1111 1111 1111","meta":{"note":"SSN 078-05-1121"}}""",
        """{"text":"ünïcödé 数据 🙂 +1 212-555-0187"}""",
        """{"text":null}""",
        """{"other":[1,2,{"x":"y"}]}""",
        """{"text":"\u0000\ud800 escaped"}""",
    ];

    /// <summary>A line of bytes: a valid record, a mutation of one (cut, byte flipped, bytes inserted), or noise.</summary>
    private static Gen<byte[]> HostileLine()
    {
        var valid = Gen.Elements(ValidRecords).Select(Encoding.UTF8.GetBytes);
        var noise = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));
        var truncated = valid.SelectMany(bytes => Gen.Choose(0, bytes.Length).Select(n => bytes[..n]));
        var flipped = valid.SelectMany(bytes => Gen.Choose(0, bytes.Length - 1).SelectMany(i => Gen.Choose(0, 255).Select(b =>
        {
            var copy = (byte[])bytes.Clone();
            copy[i] = (byte)b;
            return copy;
        })));
        byte[][] extras =
        [
            [0xC3], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [(byte)'\r'], [0], [(byte)'{'], [(byte)'"'], [(byte)'\\'],
            Encoding.UTF8.GetBytes(new string('[', 300)),
        ];
        var inserted = valid.SelectMany(bytes => Gen.Choose(0, bytes.Length).SelectMany(i => Gen.Elements(extras)
            .Select(extra => bytes[..i].Concat(extra).Concat(bytes[i..]).ToArray())));
        var deep = Gen.Choose(200, 2000).Select(d => Encoding.UTF8.GetBytes("{\"text\":\"x\",\"d\":" + new string('[', d) + new string(']', d) + "}"));
        return Gen.Frequency((3, valid), (2, truncated), (2, flipped), (2, inserted), (1, noise), (1, deep))
            .Select(line => line.Where(b => b != (byte)'\n').ToArray());
    }

    [Fact]
    public void Malformed_jsonl_bytes_are_written_or_quarantined_the_counts_add_up_and_no_stack_trace_escapes()
    {
        var arbitrary = Gen.ListOf(HostileLine()).Select(lines => lines.ToArray()).Where(l => l.Length > 0).ToArbitrary();
        Prop.ForAll(arbitrary, lines =>
            {
                // Many records per run: batches keep the number of process starts small.
                var batch = new List<byte[]>(lines);
                while (batch.Count < 60)
                {
                    batch.AddRange(lines);
                }

                using var folder = new TempFolder();
                var input = Path.Combine(folder.Path, "in.jsonl");
                File.WriteAllBytes(input, batch.SelectMany(l => l.Concat("\n"u8.ToArray())).ToArray());
                var output = Path.Combine(folder.Path, "out.jsonl");
                var quarantine = Path.Combine(folder.Path, "q.jsonl");
                var report = Path.Combine(folder.Path, "report.json");
                var result = CliRunner.Run(null, "run", input, "--output", output, "--quarantine", quarantine, "--report", report);
                if (result.ExitCode != 0)
                {
                    File.Copy(input, Path.Combine(Path.GetTempPath(), "anonymize-fuzz-failure.jsonl"), overwrite: true);
                }

                Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Stderr}");
                Assert.DoesNotContain("   at ", result.Stderr);
                Assert.DoesNotContain("Exception", result.Stderr);
                var records = JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("records");
                var read = records.GetProperty("read").GetInt32();
                var written = records.GetProperty("written").GetInt32();
                var quarantined = records.GetProperty("quarantined").GetInt32();
                Assert.Equal(read, written + quarantined);
                // Records are written back byte for byte where nothing changed, so count line feeds, not
                // ReadAllLines (which would also split at a carriage return inside a record).
                Assert.Equal(written, File.ReadAllBytes(output).Count(b => b == (byte)'\n'));
                var quarantineLines = File.Exists(quarantine) ? File.ReadAllLines(quarantine) : [];
                Assert.Equal(quarantined, quarantineLines.Length);
                Assert.All(quarantineLines, l => Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(l).RootElement.GetProperty("reason").GetString())));
                // Records are the input's lines split at line feeds (a carriage return before one is dropped); blank
                // lines may be skipped.
                var text = Encoding.UTF8.GetString(File.ReadAllBytes(input));
                var physical = (text.EndsWith('\n') ? text[..^1] : text).Split('\n');
                Assert.InRange(read, physical.Count(l => !string.IsNullOrWhiteSpace(l)), physical.Length);
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(FuzzSettings.MaxTest(8)));
    }
}
