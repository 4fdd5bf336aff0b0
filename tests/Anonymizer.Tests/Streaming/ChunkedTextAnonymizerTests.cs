using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Anonymizer.Streaming;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Streaming;

/// <summary>The chunked anonymizer gives the whole-text matches and output for any chunk size.</summary>
public sealed class ChunkedTextAnonymizerTests
{
    private const int Overlap = 128;

    private static readonly AnonymizationEngine Engine = new AnonymizerBuilder()
        .AddPattern("TEST_ID", @"(?<![A-Z0-9])ID-\d{6}(?![0-9])", 0.4, ["badge"], "TestIdRecognizer")
        .WithEntities(PiiEntityTypes.EmailAddress, "TEST_ID")
        .WithDefaultStrategy(ReplaceStrategy.Numbered)
        .Build();

    private static readonly string[] Values =
    [
        "jane.doe@example.com", "bob_smith+tag@mail.example.co.uk", "a@b.io", "ID-123456", "ID-000001", "jane.doe@example.com",
    ];

    private static readonly string[] Filler =
    [
        "the", "badge", "was", "sent", "to", "and", "call", "me", "at", ",", ".", ":", "(", ")", "\n", "\t", "  ",
        "ünï", "数据", "🙂", "x", "-", "/", "@", "averyveryverylongtokenwithoutspaces", "ID-12", "mail@",
    ];

    /// <summary>
    /// Texts mixing filler, punctuation, long tokens, separators of every kind and embedded personal data. Parts are
    /// joined by whitespace: the equality holds where every stretch of <c>Overlap</c> characters has a whitespace
    /// character to cut at (see ChunkedTextAnonymizer's remarks); glued runs are tested separately below.
    /// </summary>
    private static Arbitrary<(string Text, int ChunkSize)> Cases() =>
        Gen.ListOf(Gen.Frequency(
                (4, Gen.Elements(Filler)),
                (2, Gen.Elements(Values)),
                (1, Gen.Elements(" ", "\n", "", "\r\n"))))
            .SelectMany(parts => Gen.Elements(" ", "\n", "\t", " \n").Select(sep => string.Join(sep, parts)))
            .SelectMany(text => Gen.Choose(1, 300).Select(size => (text, size)))
            .ToArbitrary();

    [Property(MaxTest = 400)]
    public Property Streamed_matches_and_output_equal_the_whole_text_ones_for_any_chunk_size() =>
        Prop.ForAll(Cases(), c =>
        {
            var expectedMatches = Engine.Analyzer.Analyze(c.Text);
            var expectedText = Engine.Anonymizer.Anonymize(c.Text, expectedMatches).Text;
            var chunked = new ChunkedTextAnonymizer(Engine.Analyzer, Engine.Anonymizer, c.ChunkSize, Overlap);
            var streamed = new List<PiiMatch>();
            using var output = new StringWriter();
            chunked.Anonymize(new StringReader(c.Text), output, onMatch: streamed.Add);
            return expectedMatches.SequenceEqual(streamed) && expectedText == output.ToString();
        });

    [Fact]
    public void A_value_across_a_seam_is_found_exactly_once_and_numbering_is_shared_across_chunks()
    {
        var text = string.Join(" ", Enumerable.Repeat("filler words here jane.doe@example.com and bob@example.org", 200));
        var chunked = new ChunkedTextAnonymizer(Engine.Analyzer, Engine.Anonymizer, chunkSize: 97, overlap: Overlap);
        var streamed = new List<PiiMatch>();
        using var output = new StringWriter();
        chunked.Anonymize(new StringReader(text), output, onMatch: streamed.Add);
        Assert.Equal(400, streamed.Count);
        Assert.Equal(Engine.Anonymize(text).Text, output.ToString());
        Assert.DoesNotContain("<EMAIL_ADDRESS_3>", output.ToString());
    }

    [Fact]
    public void Analyze_reports_the_same_matches_without_writing()
    {
        var text = "mail jane.doe@example.com badge ID-123456 end";
        var chunked = new ChunkedTextAnonymizer(Engine.Analyzer, Engine.Anonymizer, chunkSize: 5, overlap: Overlap);
        var streamed = new List<PiiMatch>();
        chunked.Analyze(new StringReader(text), streamed.Add);
        Assert.Equal(Engine.Analyzer.Analyze(text), streamed);
    }

    [Fact]
    public void Empty_input_gives_empty_output()
    {
        using var output = new StringWriter();
        new ChunkedTextAnonymizer(Engine.Analyzer, Engine.Anonymizer).Anonymize(new StringReader(string.Empty), output);
        Assert.Equal(string.Empty, output.ToString());
    }
}
