using System.Text;
using Anonymizer.Tabular.Pipeline;

namespace Anonymizer.Tabular.Tests;

public sealed class LineReaderTests
{
    private static List<InputLine> Read(byte[] bytes, long limit = LineReader.DefaultMaxRecordBytes, QuarantineSink? quarantine = null) =>
        new LineReader(new MemoryStream(bytes), limit, quarantine).ReadLines().ToList();

    [Fact]
    public void Splits_on_newline_strips_cr_and_bom_and_keeps_a_last_line_without_newline()
    {
        var lines = Read([0xEF, 0xBB, 0xBF, .. "a\r\nbé\n\nlast"u8]);
        Assert.Equal(["a", "bé", "", "last"], lines.Select(l => l.Text));
        Assert.Equal([1L, 2, 3, 4], lines.Select(l => l.Number));
        Assert.All(lines, l => Assert.Null(l.Error));
    }

    [Fact]
    public void Empty_input_has_no_lines_and_a_final_newline_adds_none()
    {
        Assert.Empty(Read([]));
        Assert.Single(Read("x\n"u8.ToArray()));
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_byte_position_and_the_other_lines_survive()
    {
        var lines = Read([.. "ok\n"u8, (byte)'a', (byte)'b', 0xC3, 0x28, .. "\nfine\n"u8]);
        Assert.Equal("ok", lines[0].Text);
        Assert.Null(lines[1].Text);
        Assert.Equal("invalid UTF-8 at byte 3", lines[1].Error);
        Assert.Equal(2, lines[1].Number);
        Assert.NotNull(lines[1].RawText);
        Assert.Equal("fine", lines[2].Text);
    }

    [Fact]
    public void Lines_longer_than_the_limit_are_streamed_to_the_quarantine_and_counted_with_their_number()
    {
        var big = new string('x', 300_000);
        var input = Encoding.UTF8.GetBytes($"small\n{big}\nafter\n{big}");
        var quarantined = new StringWriter();
        using var sink = new QuarantineSink(() => quarantined);
        var lines = Read(input, limit: 1000, quarantine: sink);
        Assert.Equal(4, lines.Count);
        Assert.Equal("small", lines[0].Text);
        Assert.Equal("record exceeds the size limit of 1000 bytes", lines[1].Error);
        Assert.True(lines[1].Streamed);
        Assert.Equal("after", lines[2].Text);
        Assert.Equal(4, lines[3].Number);
        Assert.NotNull(lines[3].Error);
        var entries = quarantined.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([2, 4], entries.Select(e => e.GetProperty("line").GetInt32()));
        Assert.All(entries, e => Assert.Equal(big, e.GetProperty("record").GetString()));
        Assert.Equal(2, sink.Count);
    }

    [Fact]
    public void Line_numbers_are_exact_across_buffer_boundaries()
    {
        var builder = new StringBuilder();
        for (var i = 1; i <= 50_000; i++)
        {
            builder.Append("line ").Append(i).Append('\n');
        }

        var lines = Read(Encoding.UTF8.GetBytes(builder.ToString()));
        Assert.Equal(50_000, lines.Count);
        Assert.All(lines, l => Assert.Equal($"line {l.Number}", l.Text));
    }
}
