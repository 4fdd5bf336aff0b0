using Anonymizer.Analysis;
using Anonymizer.Ml.Tests.Markup;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests;

public sealed class MlMarkupTests
{
    private static readonly MlEntityRecognizer Skipping = MlRecognizers.CreateDefault();
    private static readonly MlEntityRecognizer Reading = MlRecognizers.CreateDefault(new MlRecognizerOptions { SkipMarkup = false });

    private static readonly string[] Words =
    [
        "John", "Smith", "Mary", "London", "Paris", "Acme", "Corp", "Microsoft", "German", "the", "in", "lives", "for",
        ".", ",", "\n", "!", "O'Brien", "@user", "2024", "   ", "a < b", "x > y", "<3", "<john@example.com>", ">>",
    ];

    private static List<PiiMatch> Matches(MlEntityRecognizer recognizer, string text)
    {
        var sink = new MatchSink();
        recognizer.Analyze(text, sink);
        return [.. sink.Matches];
    }

    private static List<(string Type, string Text)> Found(MlEntityRecognizer recognizer, string text) =>
        Matches(recognizer, text).ConvertAll(m => (m.EntityType, text.Substring(m.Start, m.Length)));

    [Fact]
    public void Markup_is_skipped_by_default_and_can_be_read()
    {
        Assert.True(Skipping.SkipsMarkup);
        Assert.True(MlRecognizerOptions.Default.SkipMarkup);
        Assert.True(MlRecognizerOptions.Default.SkipEncodedLines);
        Assert.True(Skipping.SkipsEncodedLines);
        Assert.False(MlRecognizers.CreateDefault(new MlRecognizerOptions { SkipEncodedLines = false }).SkipsEncodedLines);
        Assert.False(Reading.SkipsMarkup);
        Assert.Same(Skipping.Model, Reading.Model);
        Assert.Throws<ArgumentNullException>(() => MlRecognizers.CreateDefault(null!));
        Assert.Throws<ArgumentNullException>(() => new AnonymizerBuilder().AddMlRecognizer((MlRecognizerOptions)null!));
    }

    [Fact]
    public void Font_names_in_tags_and_style_sheets_are_not_found_and_the_prose_around_them_is()
    {
        const string text = "<style>body { font-family: Helvetica, Geneva, Tahoma }</style>"
            + "<font face=\"Arial, Helvetica, Geneva\"><p>Our office in Chicago will be closed next week.</p>Thanks, Bob</font>";
        var found = Found(Skipping, text);
        Assert.Contains((PiiEntityTypes.Location, "Chicago"), found);
        Assert.Contains((PiiEntityTypes.Person, "Bob"), found);
        Assert.DoesNotContain(found, f => f.Text is "Helvetica" or "Geneva" or "Tahoma" or "Arial");

        // Read as prose, the same markup yields font names as places: what skipping it is for.
        Assert.Contains(Found(Reading, text), f => f.Text is "Helvetica" or "Geneva" or "Tahoma");
    }

    [Fact]
    public void Names_in_text_attributes_and_between_tags_are_found()
    {
        Assert.Contains(
            (PiiEntityTypes.Person, "Sarah Johnson"),
            Found(Skipping, "<img src=\"x.gif\" alt=\"Please send the contract to Sarah Johnson before Friday.\">"));
        Assert.Contains(
            (PiiEntityTypes.Person, "Sarah Johnson"),
            Found(Skipping, "<p>Please send the contract to <b>Sarah Johnson</b> before Friday.</p>"));
    }

    [Fact]
    public void A_skipped_text_is_still_anonymized_around_its_markup()
    {
        var engine = new AnonymizerBuilder().AddMlRecognizer().Build();
        var result = engine.Anonymize("<p style=\"font-family: Helvetica\">Please send the contract to Sarah Johnson before Friday.</p>");
        Assert.Equal("<p style=\"font-family: Helvetica\">Please send the contract to <PERSON> before Friday.</p>", result.Text);
    }

    [Fact]
    public void A_name_split_by_a_tag_is_anonymized_on_both_sides_of_it_and_a_name_over_a_no_break_space_whole()
    {
        var engine = new AnonymizerBuilder().AddMlRecognizer().Build();
        Assert.Equal(
            "Please send the contract to <b><PERSON></b> <PERSON> before Friday.",
            engine.Anonymize("Please send the contract to <b>Sarah</b> Johnson before Friday.").Text);
        Assert.Equal(
            "Please send the contract to <PERSON> before Friday.",
            engine.Anonymize("Please send the contract to Sarah&nbsp;Johnson before Friday.").Text);
    }

    [Fact]
    public void A_line_of_encoded_data_is_not_read_and_the_text_around_it_is()
    {
        var encoded = string.Concat(Enumerable.Repeat("U2FyYWggSm9obnNvbiBMb25kb24", 3));
        var text = "Please send the contract to Sarah Johnson before Friday.\n" + encoded + "\nOur office in Chicago will be closed next week.";
        var found = Found(Skipping, text);
        Assert.Contains((PiiEntityTypes.Person, "Sarah Johnson"), found);
        Assert.Contains((PiiEntityTypes.Location, "Chicago"), found);
        var start = text.IndexOf(encoded, StringComparison.Ordinal);
        Assert.DoesNotContain(Matches(Skipping, text), m => m.Start < start + encoded.Length && m.End > start);

        // The line is read as if it were empty.
        Assert.Equal(Found(Skipping, text.Replace(encoded, string.Empty, StringComparison.Ordinal)), found);

        // Letters and '+' are base64 too: such a line, read, gives names; skipped, none.
        var words = "Mr+Sarah+Johnson+of+London+and+Paris+" + string.Concat(Enumerable.Repeat("Mr+John+Smith+", 4));
        var reading = MlRecognizers.CreateDefault(new MlRecognizerOptions { SkipEncodedLines = false });
        Assert.NotEmpty(Matches(reading, "Hello\n" + words + "\nBye"));
        Assert.Empty(Matches(Skipping, "Hello\n" + words + "\nBye"));
    }

    [Fact]
    public void Angle_brackets_that_are_not_html_are_read()
    {
        Assert.Contains((PiiEntityTypes.Person, "Sarah Johnson"), Found(Skipping, "Please send the contract to <Sarah Johnson> before Friday."));
        Assert.Equal(Matches(Reading, "<alice> please send the contract to Sarah Johnson"), Matches(Skipping, "<alice> please send the contract to Sarah Johnson"));
    }

    [Property(MaxTest = 200)]
    public Property Text_without_markup_is_read_the_same_whether_markup_is_skipped_or_not() =>
        Prop.ForAll(NerTestTokens.MixedTexts(Words), generated =>
        {
            // The arbitrary strings among the words could, rarely, spell a tag: such a text is made markup-free.
            var text = ProseSegmentsTests.Segments(generated) is [] or [(0, _, false)] && ProseSegmentsTests.Segments(generated).Sum(s => s.End - s.Start) == generated.Length
                ? generated
                : generated.Replace('<', '(');
            return Matches(Skipping, text).SequenceEqual(Matches(Reading, text));
        });

    [Property(MaxTest = 300)]
    public Property Every_match_lies_within_prose_and_runs_over_character_references_only() =>
        Prop.ForAll(TextsWithMarkup(), text =>
        {
            var segments = ProseSegmentsTests.Runs(text);
            foreach (var m in Matches(Skipping, text))
            {
                if (!segments.Exists(s => s.Start <= m.Start && m.End <= s.End))
                {
                    return false;
                }
            }

            return true;
        });

    // Names and places among tags, so that entities are found next to and between markup.
    private static Arbitrary<string> TextsWithMarkup() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(ProseSegmentsTests.Pieces), Gen.Elements(Words), Gen.Constant(" Sarah Johnson "), Gen.Constant(" in Chicago ")))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();
}
