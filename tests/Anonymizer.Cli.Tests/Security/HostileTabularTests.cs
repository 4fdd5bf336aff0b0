using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Anonymizer.Cli.Tests.Security;

/// <summary>
/// Malformed CSV and Parquet bytes through the built tool: a run either finishes (exit 0) with every record written or
/// quarantined and the report's counts adding up, or stops with exit 3 and one line naming the file and the reason.
/// Never an internal error, never a stack trace.
/// </summary>
public sealed class HostileTabularTests
{
    private const string ValidCsv =
        "id,name,email,note\n1,Ann,ann@example.com,\"multi\nline, call ann@example.com\"\n2,Bob,,plain\n" +
        "3,\"Quoted, Name\",bob@example.org,\"say \"\"hi\"\"\"\n4,Eve,eve@example.net,ünïcödé 数据 🙂\n";

    /// <summary>A valid file cut short, with bytes flipped, or with bytes inserted.</summary>
    private static Gen<byte[]> Mutated(byte[] valid) =>
        Gen.OneOf(
            Gen.Choose(0, valid.Length).Select(n => valid[..n]),
            Gen.ArrayOf(Gen.Zip(Gen.Choose(0, valid.Length - 1), Gen.Choose(0, 255)), 4).Select(flips =>
            {
                var copy = (byte[])valid.Clone();
                foreach (var (at, value) in flips)
                {
                    copy[at] = (byte)value;
                }

                return copy;
            }),
            Gen.Zip(Gen.Choose(0, valid.Length), Gen.Elements("\"", "\"\"\"", ",", "\r", "\n\"", "\u0000", "\uFFFD", "\\")).Select(p =>
                valid[..p.Item1].Concat(Encoding.UTF8.GetBytes(p.Item2)).Concat(valid[p.Item1..]).ToArray()));

    [Fact]
    public void Malformed_csv_is_processed_or_quarantined_or_rejected_with_a_clear_message()
    {
        Prop.ForAll(Mutated(Encoding.UTF8.GetBytes(ValidCsv)).ToArbitrary(), bytes => RunsCleanly(bytes, "in.csv"))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Fuzz.MaxTest(8)));
    }

    [Fact]
    public async Task Malformed_parquet_is_processed_or_rejected_with_a_clear_message()
    {
        using var folder = new TempFolder();
        var valid = folder.File("valid.parquet");
        await CorpusFormatTests.WriteParquetAsync(valid);
        var bytes = File.ReadAllBytes(valid);
        Prop.ForAll(Mutated(bytes).ToArbitrary(), mutated => RunsCleanly(mutated, "in.parquet"))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Fuzz.MaxTest(8)));
    }

    [Fact]
    public async Task A_column_with_more_rows_than_its_row_group_stops_the_run_naming_the_group_and_column()
    {
        // Found by the fuzz test above: one byte of the first row group's boolean page header says 23 values for its 3
        // rows. The reader used to pass the column on, and the writer then failed with an internal error.
        using var folder = new TempFolder();
        var input = folder.File("in.parquet");
        await CorpusFormatTests.WriteParquetAsync(input);
        var bytes = File.ReadAllBytes(input);
        const int ValueCountAt = 1478;
        Assert.Equal(6, bytes[ValueCountAt]); // 3 values, zigzag-encoded: the file is laid out as when this was found
        bytes[ValueCountAt] = 46;
        File.WriteAllBytes(input, bytes);
        var output = folder.File("out.parquet");
        var result = CliRunner.Run(null, "run", input, "--output", output, "--ml", "off", "--quiet");
        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"anonymize: {input}: row group 0 is not readable Parquet (column 'ok' holds 23 rows where the row group has 3)", result.Stderr.Trim());
        Assert.False(File.Exists(output));
    }

    private static void RunsCleanly(byte[] bytes, string name)
    {
        using var folder = new TempFolder();
        var input = folder.File(name);
        File.WriteAllBytes(input, bytes);
        var output = folder.File("out" + Path.GetExtension(name));
        var quarantine = folder.File("q.jsonl");
        var report = folder.File("report.json");
        var result = CliRunner.Run(null, "run", input, "--output", output, "--quarantine", quarantine, "--report", report, "--ml", "off", "--quiet");
        if (result.ExitCode is not (0 or 3))
        {
            // Keep the failing input for the bug report.
            File.Copy(input, Path.Combine(Path.GetTempPath(), "anonymize-fuzz-failure" + Path.GetExtension(name)), overwrite: true);
        }

        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
        Assert.True(result.ExitCode is 0 or 3, $"exit {result.ExitCode}: {result.Stderr}");
        if (result.ExitCode == 3)
        {
            Assert.StartsWith($"anonymize: {input}", result.Stderr);
            Assert.Single(result.Stderr.Trim().Split('\n'));
            Assert.False(File.Exists(output), "a stopped run must not leave output under its final name");
            return;
        }

        var records = JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("records");
        var read = records.GetProperty("read").GetInt32();
        var written = records.GetProperty("written").GetInt32();
        var quarantined = records.GetProperty("quarantined").GetInt32();
        Assert.Equal(read, written + quarantined);
        var quarantineLines = File.Exists(quarantine) ? File.ReadAllLines(quarantine) : [];
        Assert.Equal(quarantined, quarantineLines.Length);
    }
}

/// <summary>How many cases a fuzz property tries: small in CI, larger with ANONYMIZER_FUZZ_MAXTEST (see docs/security.md).</summary>
internal static class Fuzz
{
    public static int MaxTest(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("ANONYMIZER_FUZZ_MAXTEST"), out var configured) && configured > 0 ? configured : ciDefault;
}
