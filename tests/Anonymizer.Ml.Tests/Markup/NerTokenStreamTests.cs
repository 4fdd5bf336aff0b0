using Anonymizer.Ml.Ner;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests.Markup;

public sealed class NerTokenStreamTests
{
    private static List<(int Start, int Length, bool StartsSentence, bool OpensSegment)> Read(string text, bool skipMarkup)
    {
        var result = new List<(int, int, bool, bool)>();
        var stream = new NerTokenStream(text, skipMarkup);
        while (stream.MoveNext(out var start, out var length, out var startsSentence, out var opensSegment))
        {
            result.Add((start, length, startsSentence, opensSegment));
        }

        return result;
    }

    private static List<(string Token, bool StartsSentence, bool OpensSegment)> Tokens(string text, bool skipMarkup = true) =>
        Read(text, skipMarkup).ConvertAll(t => (text.Substring(t.Start, t.Length), t.StartsSentence, t.OpensSegment));

    private static List<(int Start, int Length, bool StartsSentence)> Spans(string text, bool skipMarkup) =>
        Read(text, skipMarkup).ConvertAll(t => (t.Start, t.Length, t.StartsSentence));

    [Fact]
    public void A_block_tag_starts_a_sentence_and_an_inline_tag_does_not()
    {
        Assert.Equal([("In", true, true), ("2002", false, false), ("Ada", true, true), ("and", false, true), ("Bob", false, true)], Tokens("In 2002<br>Ada<b> and </b>Bob"));
    }

    [Fact]
    public void A_line_break_inside_skipped_markup_starts_a_sentence()
    {
        Assert.Equal([("a", true, true), ("b", true, true)], Tokens("a<?pi\nx?>b"));
        Assert.Equal([("a", true, true), ("b", false, true)], Tokens("a<?pi x?>b"));
        Assert.Equal([("a", true, true), ("b", true, true)], Tokens("a<span\nclass=x>b"));
    }

    [Fact]
    public void A_break_before_white_space_between_tags_carries_on_to_the_next_word()
    {
        Assert.Equal([("a", true, true), ("c", true, true)], Tokens("a<br> <b>c"));
        Assert.Equal([("a", true, true), ("c", false, true)], Tokens("a<i> <b>c"));
    }

    [Fact]
    public void Words_on_either_side_of_a_character_reference_may_be_one_entity_and_of_a_tag_not()
    {
        Assert.Equal([("John", true, true), ("Smith", false, false)], Tokens("John&nbsp;Smith"));
        Assert.Equal([("John", true, true), ("Smith", true, true)], Tokens("John<br> &nbsp;Smith"));
        Assert.Equal([("John", true, true), ("Smith", false, true)], Tokens("John<b>&nbsp;Smith"));
    }

    [Fact]
    public void A_sentence_end_carries_over_markup()
    {
        Assert.Equal([("Done", true, true), (".", false, false), ("Next", true, true)], Tokens("Done.<b>Next"));
    }

    [Property(MaxTest = 500)]
    public Property Without_skipping_the_tokens_and_sentence_starts_are_the_tokenizers() =>
        Prop.ForAll(ProseSegmentsTests.MarkupTexts(), text =>
        {
            // What the recognizer read before markup could be skipped: every token of the text, a sentence starting
            // at the first one, after a line break and after a final '.', '!' or '?'.
            var expected = new List<(int, int, bool)>();
            var position = 0;
            var sentenceStart = true;
            while (NerTokenizer.Next(text, ref position, out var start, out var length, out var lineBreak))
            {
                expected.Add((start, length, sentenceStart || lineBreak));
                var c = text[start];
                sentenceStart = length == 1 ? c is '.' or '!' or '?' : (c is '.' or '!' or '?' && text[start + length - 1] == c);
            }

            return Spans(text, skipMarkup: false).SequenceEqual(expected);
        });

    [Property(MaxTest = 500)]
    public Property Skipping_tokens_lie_inside_runs_of_segments_and_open_them_first() =>
        Prop.ForAll(ProseSegmentsTests.MarkupTexts(), text =>
        {
            // A run: segments with only character references between them, which an entity may run over.
            var segments = ProseSegmentsTests.Runs(text);
            var previousSegment = -1;
            foreach (var (start, length, _, opensSegment) in Read(text, skipMarkup: true))
            {
                var segment = segments.FindIndex(s => s.Start <= start && start + length <= s.End);
                if (segment < previousSegment || segment < 0 || opensSegment != (segment != previousSegment))
                {
                    return false;
                }

                previousSegment = segment;
            }

            return true;
        });
}
