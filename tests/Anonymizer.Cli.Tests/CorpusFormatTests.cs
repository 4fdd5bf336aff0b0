using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace Anonymizer.Cli.Tests;

/// <summary>Every format and compression round-trips; counts add up; reports hold no raw value.</summary>
public sealed class CorpusFormatTests
{
    private const string Jsonl = """
        {"id":1,"text":"mail jane@example.com","price":1.50,"meta":{"author":"bob@example.org","n":null},"tags":["a"]}
        {"id":2,"text":"nothing here","meta":{"author":"x"}}

        """;

    private const string Csv = "id,name,email,note\n1,Ann,ann@example.com,\"multi\nline, call ann@example.com\"\n2,Bob,,plain\n";

    private static byte[] Compress(byte[] data, string extension)
    {
        using var output = new MemoryStream();
        using (Stream compressor = extension == ".gz" ? new GZipStream(output, CompressionLevel.Fastest) : new ZstdSharp.CompressionStream(output))
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data, string extension)
    {
        using Stream input = extension == ".gz" ? new GZipStream(new MemoryStream(data), CompressionMode.Decompress) : new ZstdSharp.DecompressionStream(new MemoryStream(data));
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [Theory]
    [InlineData("")]
    [InlineData(".gz")]
    [InlineData(".zst")]
    public void Text_jsonl_and_csv_round_trip_plain_and_compressed(string compression)
    {
        using var folder = new TempFolder();
        var cases = new (string Name, string Content, string[] Args, string Expected)[]
        {
            ("in.txt", "a jane@example.com b\nplain\n", [], "a <EMAIL_ADDRESS> b\nplain\n"),
            ("in.jsonl", Jsonl, ["--text-field", "text", "--text-field", "meta.author"],
                """
                {"id":1,"text":"mail <EMAIL_ADDRESS>","price":1.50,"meta":{"author":"<EMAIL_ADDRESS>","n":null},"tags":["a"]}
                {"id":2,"text":"nothing here","meta":{"author":"x"}}

                """),
            ("in.csv", Csv, [], "id,name,email,note\n1,Ann,<EMAIL_ADDRESS>,\"multi\nline, call <EMAIL_ADDRESS>\"\n2,Bob,,plain\n"),
        };
        foreach (var (name, content, args, expected) in cases)
        {
            var input = folder.File(name + compression);
            File.WriteAllBytes(input, compression == "" ? Encoding.UTF8.GetBytes(content) : Compress(Encoding.UTF8.GetBytes(content), compression));
            var output = folder.File("out-" + name + compression);
            // Format round trips, not detection: the ML tier is off so that only the pattern tier decides.
            var result = CliRunner.Run(null, ["run", input, "--output", output, "--quiet", "--ml", "off", .. args]);
            Assert.True(result.ExitCode == 0, result.Stderr);
            var bytes = File.ReadAllBytes(output);
            Assert.Equal(expected, Encoding.UTF8.GetString(compression == "" ? bytes : Decompress(bytes, compression)));
        }

        Assert.Empty(Directory.GetFiles(folder.Path, "*.partial"));
    }

    [Theory]
    [InlineData("text", "a jane@example.com\n", "a <EMAIL_ADDRESS>\n")]
    [InlineData("jsonl", "{\"text\":\"jane@example.com\",\"n\":1}\n", "{\"text\":\"<EMAIL_ADDRESS>\",\"n\":1}\n")]
    [InlineData("csv", "k,v\n1,jane@example.com\n", "k,v\n1,<EMAIL_ADDRESS>\n")]
    [InlineData("csv", "k\tv\n1\t\"a, jane@example.com\"\n", "k\tv\n1\ta, <EMAIL_ADDRESS>\n", "tab")]
    [InlineData("csv", "k;v\n1;jane@example.com;x\n2;y\n", "k;v\n2;y\n", ";", "--quarantine", "quarantine.jsonl")]
    public void Standard_input_to_standard_output_works_for_every_line_format(string format, string input, string expected, string delimiter = ",", params string[] more)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(input, ["run", "-", "--format", format, "--quiet", "--delimiter", delimiter, .. more.Select(m => m.EndsWith(".jsonl", StringComparison.Ordinal) ? folder.File(m) : m)]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(expected, result.Stdout);
    }

    internal static async Task WriteParquetAsync(string path)
    {
        var schema = new ParquetSchema(
            new DataField<int>("id"),
            new DataField<string>("email"),
            new DataField<double?>("score"),
            new DataField<DateTime>("when"),
            new DataField<bool>("ok"),
            new DataField<string>("note"));
        await using var file = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, file);
        for (var group = 0; group < 2; group++)
        {
            using var rowGroup = writer.CreateRowGroup();
            var b = group * 3;
            await rowGroup.WriteAsync<int>((DataField)schema[0], new[] { b + 1, b + 2, b + 3 }, null, null, default);
            await rowGroup.WriteAsync((DataField)schema[1], new string?[] { $"user{b}@example.com", null, "none" }, null);
            await rowGroup.WriteAsync<double>((DataField)schema[2], new double?[] { 1.5, null, 2.25 }, null, null, default);
            await rowGroup.WriteAsync<DateTime>((DataField)schema[3], new[] { new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(1999, 12, 31, 0, 0, 0, DateTimeKind.Utc) }, null, null, default);
            await rowGroup.WriteAsync<bool>((DataField)schema[4], new[] { true, false, true }, null, null, default);
            await rowGroup.WriteAsync((DataField)schema[5], new string?[] { "write to a@example.com", "plain", null }, null);
        }
    }

    private static async Task<List<Dictionary<string, object?>>> ReadParquetAsync(string path)
    {
        await using var file = File.OpenRead(path);
        var result = await Parquet.Serialization.ParquetSerializer.DeserializeUntypedAsync(file);
        return result.Data.Select(row => row.ToDictionary(p => p.Key, p => (object?)p.Value)).ToList();
    }

    [Fact]
    public async Task Each_parquet_row_holds_its_own_non_null_string_cells_and_no_others()
    {
        // Parquet.Net reads a nullable column's values into a buffer with a place per entry, the values first: the
        // places past them must not become cells of any row (they used to be added to the group's first row).
        using var folder = new TempFolder();
        var path = folder.File("in.parquet");
        await WriteParquetAsync(path);
        using var source = new Anonymizer.Tabular.Formats.ParquetRecordSource(File.OpenRead(path));
        var rows = source.Read()
            .Select(record => string.Join("; ", Enumerable.Range(0, record.FieldCount).Select(i => record.FieldName(i) + "=" + record.GetField(i))))
            .ToList();
        Assert.Equal(
            [
                "email=user0@example.com; note=write to a@example.com", "note=plain", "email=none",
                "email=user3@example.com; note=write to a@example.com", "note=plain", "email=none",
            ],
            rows);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".gz")]
    [InlineData(".zst")]
    public async Task Parquet_round_trips_with_non_string_columns_and_the_schema_preserved(string compression)
    {
        using var folder = new TempFolder();
        var plain = folder.File("in.parquet");
        await WriteParquetAsync(plain);
        var input = plain + compression;
        if (compression != "")
        {
            File.WriteAllBytes(input, Compress(File.ReadAllBytes(plain), compression));
        }

        var output = folder.File("out.parquet" + compression);
        var result = CliRunner.Run(null, "run", input, "--output", output, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var written = folder.File("written.parquet");
        File.WriteAllBytes(written, compression == "" ? File.ReadAllBytes(output) : Decompress(File.ReadAllBytes(output), compression));
        var before = await ReadParquetAsync(plain);
        var after = await ReadParquetAsync(written);
        Assert.Equal(6, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            foreach (var column in new[] { "id", "score", "when", "ok" })
            {
                Assert.Equal(before[i].GetValueOrDefault(column), after[i].GetValueOrDefault(column));
            }
        }

        Assert.Equal("<EMAIL_ADDRESS>", after[0]["email"]);
        Assert.Null(after[1].GetValueOrDefault("email"));
        Assert.Equal("none", after[2]["email"]);
        Assert.Equal("write to <EMAIL_ADDRESS>", after[0]["note"]);
        Assert.Null(after[2].GetValueOrDefault("note"));
        Assert.Equal(1.5, after[0]["score"]);
        Assert.Null(after[1].GetValueOrDefault("score"));
        await using var reader = await ParquetReader.CreateAsync(written);
        await using var original = await ParquetReader.CreateAsync(plain);
        Assert.Equal(original.Schema, reader.Schema);
        Assert.Equal(2, reader.RowGroupCount);
    }

    [Fact]
    public async Task Parquet_streams_from_standard_input_and_drops_columns_by_policy()
    {
        using var folder = new TempFolder();
        var plain = folder.File("in.parquet");
        await WriteParquetAsync(plain);
        var columns = folder.File("columns.json", """{ "columns": { "note": "drop", "email": { "mode": "entity", "entity": "EMAIL_ADDRESS" } } }""");
        var output = folder.File("out.parquet");
        var start = new System.Diagnostics.ProcessStartInfo("bash", ["-c", $"dotnet \"{Path.Combine(AppContext.BaseDirectory, "anonymize.dll")}\" run - --format parquet --columns \"{columns}\" --quiet < \"{plain}\" > \"{output}\""]);
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }

        var after = await ReadParquetAsync(output);
        Assert.Equal(6, after.Count);
        Assert.False(after[0].ContainsKey("note"));
        Assert.Equal("<EMAIL_ADDRESS>", after[0]["email"]);
        Assert.Equal("<EMAIL_ADDRESS>", after[2]["email"]);
    }

    [Fact]
    public async Task Parquet_rows_of_opted_out_subjects_are_removed_from_every_column()
    {
        using var folder = new TempFolder();
        var plain = folder.File("in.parquet");
        await WriteParquetAsync(plain);
        var subjects = folder.File("optout.txt", "USER0@example.com\nuser3@example.com\n");
        var output = folder.File("out.parquet");
        var report = folder.File("r.json");
        var result = CliRunner.Run(null, "run", plain, "-o", output, "--exclude-subjects", subjects, "--report", report, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var before = await ReadParquetAsync(plain);
        var after = await ReadParquetAsync(output);
        var kept = new[] { 1, 2, 4, 5 };
        Assert.Equal(kept.Length, after.Count);
        for (var i = 0; i < kept.Length; i++)
        {
            foreach (var column in new[] { "id", "score", "when", "ok" })
            {
                Assert.Equal(before[kept[i]].GetValueOrDefault(column), after[i].GetValueOrDefault(column));
            }
        }

        var records = JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("records");
        Assert.Equal(6, records.GetProperty("read").GetInt32());
        Assert.Equal(2, records.GetProperty("excluded").GetInt32());
        Assert.Equal(4, records.GetProperty("written").GetInt32());
    }

    [Fact]
    public void Malformed_lines_are_quarantined_with_exact_line_numbers_and_the_counts_add_up()
    {
        using var folder = new TempFolder();
        var lines = new List<byte[]>();
        for (var i = 1; i <= 40; i++)
        {
            lines.Add(i switch
            {
                7 => "{broken"u8.ToArray(),
                13 => [.. "{\"text\":\"bad "u8, 0xFF, .. "\"}"u8],
                21 => "[1,2]"u8.ToArray(),
                33 => "{\"text\":5}"u8.ToArray(),
                _ => Encoding.UTF8.GetBytes($"{{\"text\":\"row {i} mail u{i}@example.com\"}}"),
            });
        }

        var input = folder.File("in.jsonl");
        File.WriteAllBytes(input, lines.SelectMany(l => l.Append((byte)'\n')).ToArray());
        var output = folder.File("out.jsonl");
        var report = folder.File("report.json");
        var result = CliRunner.Run(null, "run", input, "--output", output, "--report", report, "--threads", "2", "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("4 record(s)", result.Stderr);
        var quarantine = output + ".quarantine.jsonl";
        var entries = File.ReadAllLines(quarantine).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([7, 13, 21, 33], entries.Select(e => e.GetProperty("line").GetInt32()));
        Assert.Equal("invalid UTF-8 at byte 14", entries[1].GetProperty("reason").GetString());
        Assert.Equal(36, File.ReadAllLines(output).Length);
        var records = JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("records");
        Assert.Equal(40, records.GetProperty("read").GetInt32());
        Assert.Equal(36, records.GetProperty("written").GetInt32());
        Assert.Equal(4, records.GetProperty("quarantined").GetInt32());
        Assert.Equal(0, records.GetProperty("excluded").GetInt32());
    }

    [Fact]
    public void Without_quarantine_and_with_standard_output_a_bad_record_stops_with_exit_3()
    {
        var result = CliRunner.Run("{\"text\":\"ok\"}\n{bad\n", "run", "-", "--format", "jsonl", "--quiet");
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("anonymize: <stdin>:2: malformed JSON (at byte 2)", result.Stderr.Trim());
    }

    [Fact]
    public void A_record_over_the_size_limit_is_quarantined_and_counted()
    {
        using var folder = new TempFolder();
        var input = folder.File("in.txt", "short a@example.com\n" + new string('y', 5000) + "\nend\n");
        var output = folder.File("out.txt");
        var quarantine = folder.File("q.jsonl");
        var report = folder.File("r.json");
        var result = CliRunner.Run(null, "run", input, "-o", output, "--quarantine", quarantine, "--max-record-bytes", "1000", "--report", report, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("short <EMAIL_ADDRESS>\nend\n", File.ReadAllText(output));
        var entry = JsonDocument.Parse(File.ReadAllLines(quarantine).Single()).RootElement;
        Assert.Equal(2, entry.GetProperty("line").GetInt32());
        Assert.Equal(5000, entry.GetProperty("record").GetString()!.Length);
        Assert.Equal(1, JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("records").GetProperty("quarantined").GetInt32());
    }

    [Fact]
    public void Reports_in_json_and_html_hold_no_raw_value_of_a_run_over_known_personal_data()
    {
        using var folder = new TempFolder();
        string[] secrets = ["jane.doe@example.com", "bob.smith@example.org", "carol+tag@mail.example.co.uk"];
        var input = folder.File("in.csv", "id,email,bio\n" + string.Join("\n", secrets.Select((s, i) => $"{i},{s},\"writes from {s}\"")) + "\n");
        var output = folder.File("out.csv");
        var json = folder.File("r.json");
        var html = folder.File("r.html");
        var result = CliRunner.Run(null, "run", input, "-o", output, "--report", json, "--report", html, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var jsonText = File.ReadAllText(json);
        var htmlText = File.ReadAllText(html);
        foreach (var secret in secrets.Concat(secrets.Select(s => s.Split('@')[0])))
        {
            Assert.DoesNotContain(secret, jsonText);
            Assert.DoesNotContain(secret, htmlText);
            Assert.DoesNotContain(secret, File.ReadAllText(output));
        }

        var root = JsonDocument.Parse(jsonText).RootElement;
        Assert.Equal(6, root.GetProperty("entitiesByType").GetProperty("EMAIL_ADDRESS").GetInt32());
        Assert.Equal(3, root.GetProperty("entitiesByField").GetProperty("bio").GetProperty("EMAIL_ADDRESS").GetInt32());
        Assert.Equal(6, root.GetProperty("entitiesByRecognizer").GetProperty("EmailRecognizer").GetInt32());
        Assert.Equal(6, root.GetProperty("scoreHistogram").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("keyId").ValueKind);
        Assert.StartsWith("<!DOCTYPE html>", htmlText);
        Assert.Contains("<svg", htmlText);
    }

    [Fact]
    public void Opted_out_subjects_are_left_out_and_counted_never_listed()
    {
        using var folder = new TempFolder();
        var subjects = folder.File("optout.txt", "Gone@Example.com\n+1 (212) 555-0100\nuser-77\n");
        var input = folder.File("in.csv", "user,note\nuser-1,hello gone@example.com\nuser-2,fine\nuser-77,also fine\nuser-3,kept a@example.com\n");
        var output = folder.File("out.csv");
        var report = folder.File("r.json");
        var result = CliRunner.Run(null, "run", input, "-o", output, "--exclude-subjects", subjects, "--subject-column", "user", "--report", report, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("user,note\nuser-2,fine\nuser-3,kept <EMAIL_ADDRESS>\n", File.ReadAllText(output));
        var text = File.ReadAllText(report);
        var records = JsonDocument.Parse(text).RootElement.GetProperty("records");
        Assert.Equal(2, records.GetProperty("excluded").GetInt32());
        Assert.Equal(4, records.GetProperty("read").GetInt32());
        Assert.DoesNotContain("user-77", text);
        Assert.DoesNotContain("gone", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Two_halves_run_in_two_processes_concatenate_to_the_single_process_output()
    {
        using var folder = new TempFolder();
        var lines = Enumerable.Range(0, 3000).Select(i => i % 3 == 0 ? $"{{\"text\":\"row {i} by u{i}@example.com\"}}" : $"{{\"text\":\"row {i}\",\"n\":{i}}}").ToArray();
        var whole = CliRunner.Run(string.Join("\n", lines) + "\n", "run", "-", "--format", "jsonl", "--quiet");
        var first = CliRunner.Run(string.Join("\n", lines[..1500]) + "\n", "run", "-", "--format", "jsonl", "--quiet", "--threads", "1");
        var second = CliRunner.Run(string.Join("\n", lines[1500..]) + "\n", "run", "-", "--format", "jsonl", "--quiet", "--threads", "2");
        Assert.Equal(0, whole.ExitCode + first.ExitCode + second.ExitCode);
        Assert.Equal(whole.Stdout, first.Stdout + second.Stdout);
        Assert.Equal(3000, whole.Lines.Length);
    }

    [Fact]
    public void Whole_document_mode_rewrites_across_chunk_seams()
    {
        using var folder = new TempFolder();
        var text = string.Concat(Enumerable.Repeat("Some words then jane@example.com and more words.\n", 5000));
        var input = folder.File("doc.txt", text);
        var output = folder.File("doc.out.txt");
        var result = CliRunner.Run(null, "run", input, "--whole", "-o", output, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(text.Replace("jane@example.com", "<EMAIL_ADDRESS>", StringComparison.Ordinal), File.ReadAllText(output));
        var detect = CliRunner.Run(null, "detect", input, "--whole", "--quiet");
        Assert.Equal(5000, JsonDocument.Parse(detect.Stdout).RootElement.GetProperty("entities").GetArrayLength());
    }

    [Fact]
    public void Inspect_proposes_a_policy_that_run_accepts()
    {
        using var folder = new TempFolder();
        var rows = Enumerable.Range(0, 50).Select(i => $"{i},Person {i},p{i}@example.com,\"a long free text note number {i} without personal data\",{i % 2}");
        var input = folder.File("in.csv", "id,full_name,contact,note,flag\n" + string.Join("\n", rows) + "\n");
        var policy = folder.File("policy.json");
        var result = CliRunner.Run(null, "inspect", input, "--sample", "20", "--output", policy, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var columns = JsonDocument.Parse(File.ReadAllText(policy)).RootElement.GetProperty("columns");
        Assert.Equal("entity", columns.GetProperty("contact").GetProperty("mode").GetString());
        Assert.Equal("EMAIL_ADDRESS", columns.GetProperty("contact").GetProperty("entity").GetString());
        Assert.Equal("PERSON", columns.GetProperty("full_name").GetProperty("entity").GetString());
        Assert.Equal("scan", columns.GetProperty("note").GetProperty("mode").GetString());
        Assert.Equal("keep", columns.GetProperty("flag").GetProperty("mode").GetString());
        Assert.DoesNotContain("@example.com", File.ReadAllText(policy));
        var output = folder.File("out.csv");
        var run = CliRunner.Run(null, "run", input, "--columns", policy, "-o", output, "--quiet");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("id,full_name,contact,note,flag\n0,<PERSON>,<EMAIL_ADDRESS>,", File.ReadAllText(output));
    }

    [Fact]
    public void Jsonl_column_policies_apply_to_the_fields_they_name()
    {
        using var folder = new TempFolder();
        var columns = folder.File("c.json", """{ "columns": { "user.mail": { "mode": "entity", "entity": "EMAIL_ADDRESS" }, "secret": "drop", "text": "keep" } }""");
        const string input = "{\"text\":\"raw a@example.com\",\"user\":{\"mail\":\"not-an-address\"},\"secret\":\"s\",\"n\":1}\n";
        var result = CliRunner.Run(input, "run", "-", "--format", "jsonl", "--columns", columns, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("{\"text\":\"raw a@example.com\",\"user\":{\"mail\":\"<EMAIL_ADDRESS>\"},\"n\":1}\n", result.Stdout);
    }

    [Fact]
    public void A_bad_columns_file_exits_2_naming_the_json_path()
    {
        using var folder = new TempFolder();
        var columns = folder.File("c.json", """{ "columns": { "email": { "mode": "hide" } } }""");
        var result = CliRunner.Run("x\n", "run", "-", "--columns", columns);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.columns.email.mode: unknown mode 'hide'", result.Stderr);
    }
}
