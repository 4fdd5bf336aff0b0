using Anonymizer.Ml.Markup;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests.Markup;

public sealed class ProseSegmentsTests
{
    // Pieces of HTML-ish text: words, well-formed and broken markup, white space.
    internal static readonly string[] Pieces =
    [
        "Ada", "Lovelace", "London", " ", "\n", "<b>", "</b>", "<p>", "</td>", "<br/>", "<img src=\"a.gif\" alt=\"Ada Byron\">",
        "<a href='http://example.com/' title=\"Home page\">", "<!-- note -->", "<style>b { font-family: Arial }</style>",
        "<", ">", "x<y", "<3", "<john@example.com>", "\"", "'", "=", "<a href=\"open", "&nbsp;", ".",
        "<style>", "</style>", "<script type=x>", "</SCRIPT>", "&nbsp;", "&#160;", "&eacute;", "<alice>",
    ];

    internal static Arbitrary<string> MarkupTexts() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    internal static List<(int Start, int End, bool Break)> Segments(string text, bool skipMarkup = true)
    {
        var result = new List<(int, int, bool)>();
        var segments = new ProseSegments(text, skipMarkup);
        while (segments.MoveNext(out var start, out var end, out var breakBefore, out _))
        {
            result.Add((start, end, breakBefore));
        }

        return result;
    }

    // The segments, those that continue the one before (only character references between them) merged into one run.
    internal static List<(int Start, int End)> Runs(string text, bool skipEncodedLines = false)
    {
        var result = new List<(int Start, int End)>();
        var segments = new ProseSegments(text, skipMarkup: true, skipEncodedLines);
        while (segments.MoveNext(out var start, out var end, out _, out var continues))
        {
            if (continues && result.Count > 0)
            {
                result[^1] = (result[^1].Start, end);
            }
            else
            {
                result.Add((start, end));
            }
        }

        return result;
    }

    private static List<(string Text, bool Continues)> Continuations(string text)
    {
        var result = new List<(string, bool)>();
        var segments = new ProseSegments(text, skipMarkup: true);
        while (segments.MoveNext(out var start, out var end, out _, out var continues))
        {
            result.Add((text[start..end], continues));
        }

        return result;
    }

    [Fact]
    public void Lines_of_encoded_data_are_skipped_when_asked_with_or_without_markup()
    {
        var encoded = string.Concat(Enumerable.Repeat("QWRhIExvdmVsYWNl+/09", 4)) + "=";
        var text = encoded + "\nHello\n" + encoded + "\r\n<b>Bye</b>\n" + encoded;
        List<(string, bool)> Read(bool skipMarkup, bool skipEncoded)
        {
            var result = new List<(string, bool)>();
            var segments = new ProseSegments(text, skipMarkup, skipEncoded);
            while (segments.MoveNext(out var start, out var end, out var breakBefore, out _))
            {
                result.Add((text[start..end], breakBefore));
            }

            return result;
        }

        Assert.Equal([("\nHello\n", true), ("\r\n", true), ("Bye", false), ("\n", false)], Read(skipMarkup: true, skipEncoded: true));
        Assert.Equal([("\nHello\n", true), ("\r\n<b>Bye</b>\n", true)], Read(skipMarkup: false, skipEncoded: true));
        Assert.Equal([(text, false)], Read(skipMarkup: false, skipEncoded: false));
        Assert.DoesNotContain(Read(skipMarkup: true, skipEncoded: false), s => s.Item1.Contains("Hello", StringComparison.Ordinal) && !s.Item1.Contains(encoded, StringComparison.Ordinal));
    }

    [Fact]
    public void Character_references_to_spaces_and_punctuation_separate_words_and_join_segments()
    {
        Assert.Equal([("John", false), ("Smith", true)], Continuations("John&nbsp;Smith"));
        Assert.Equal([("John", false), (" Smith", true)], Continuations("John&nbsp;&#8217; Smith"));
        Assert.Equal([("John", false), ("Smith", false)], Continuations("John</b>&nbsp;Smith"));
        Assert.Equal([("John", false), ("Smith", false)], Continuations("John&nbsp;<b>Smith"));
        Assert.Equal([("Ren&eacute; Descartes at AT&T &amp", false)], Continuations("Ren&eacute; Descartes at AT&T &amp"));
    }

    // Forms of '<' and '&' that are not markup.
    internal static readonly string[] NotMarkup =
    [
        "a < b", "<3", "<x@y.org>", "<!>", "<?>", "<https://example.com>", "<alice>", "<Jane Doe>", "&eacute;", "AT&T",
        "&#233;", "&;", "&amp", "<<", "< p>", "x<y", "<![CDAT", "Dear <John>,", "<a x=<p", "=", "\"", "'",
    ];

    private static List<(string Text, bool Break)> Read(string text) =>
        Segments(text).ConvertAll(s => (text[s.Start..s.End], s.Break));

    [Fact]
    public void Text_between_tags_is_read_and_block_tags_break_it()
    {
        Assert.Equal(
            [("Hello ", false), ("Ada", false), (" Lovelace", false), ("Next", true), (" line", false)],
            Read("Hello <b>Ada</b> Lovelace<br>Next<?pi x?> line"));
    }

    [Fact]
    public void Text_attributes_are_read_as_texts_of_their_own()
    {
        Assert.Equal(
            [("See ", false), ("Ada Lovelace", true), ("Portrait", true), (" here", true)],
            Read("See <img src=\"ada.jpg\" alt=\"Ada Lovelace\" title=\"Portrait\"> here"));
    }

    [Fact]
    public void Style_and_script_content_is_not_read_and_what_a_comment_says_is()
    {
        Assert.Equal(
            [(" edited by Ada -->", true), ("Dear Ada,", true)],
            Read("<style>p { font-family: Helvetica, Geneva }</style><script>var a = '<b>Tahoma</b>';</script><!-- edited by Ada --><p>Dear Ada,</p>"));
    }

    [Fact]
    public void A_style_element_without_its_end_tag_has_its_content_read()
    {
        Assert.Equal([("p { color: red }", true)], Read("<style>p { color: red }"));
        Assert.Equal([("a", true), ("b", true)], Read("<style>a<style>b"));
        Assert.Equal([("c", true)], Read("<style>a<script>b</style>c"));
        Assert.Equal([("b", true), ("d", true), ("f", true)], Read("<style>a</style>b<style>c</style>d<script>e</script>f"));
    }

    [Fact]
    public void Text_without_markup_is_one_segment_and_so_is_any_text_when_markup_is_read()
    {
        Assert.Equal([(0, 9, false)], Segments("a < b > c"));
        Assert.Empty(Segments(string.Empty));
        Assert.Empty(Segments("<p></p>"));
        Assert.Equal([(0, 7, false)], Segments("<p></p>", skipMarkup: false));
    }

    [Property(MaxTest = 500)]
    public Property Text_with_no_markup_is_read_whole() =>
        Prop.ForAll(
            Gen.ListOf(Gen.OneOf(Gen.Elements(NotMarkup), ArbMap.Default.GeneratorFor<string>().Select(s => (s ?? string.Empty).Replace('<', '(').Replace('&', '+').Replace('>', ')'))))
                .Select(parts => string.Join(" ", parts)).ToArbitrary(),
            text =>
            {
                var segments = Segments(text);
                return text.Length == 0 ? segments.Count == 0 : segments.SequenceEqual([(0, text.Length, false)]);
            });

    [Property(MaxTest = 500)]
    public Property Reading_markup_gives_the_whole_text_as_one_segment() =>
        Prop.ForAll(MarkupTexts(), text =>
            text.Length == 0 ? Segments(text, skipMarkup: false).Count == 0 : Segments(text, skipMarkup: false).SequenceEqual([(0, text.Length, false)]));

    [Property(MaxTest = 1000)]
    public Property Segments_are_in_order_apart_and_what_lies_between_them_starts_with_markup() =>
        Prop.ForAll(MarkupTexts(), text =>
        {
            var previousEnd = 0;
            foreach (var (start, end, _) in Segments(text))
            {
                if (start < previousEnd || end <= start || end > text.Length)
                {
                    return false;
                }

                // A gap is skipped markup: it starts with a '<' that opens some (an attribute value's gap lies inside its tag).
                if (start > previousEnd && !InsideMarkup(text, previousEnd, start))
                {
                    return false;
                }

                previousEnd = end;
            }

            return previousEnd == text.Length || InsideMarkup(text, previousEnd, text.Length);
        });

    // Whether [from, to) is covered by markup read from '<'s at or before from (and inside one construct or several).
    private static bool InsideMarkup(string text, int from, int to)
    {
        var at = from;
        while (at < to)
        {
            var opening = -1;
            for (var lt = at; lt >= 0; lt--)
            {
                if ((text[lt] == '<' && MarkupSyntax.TryRead(text, lt, out var m)) || (text[lt] == '&' && MarkupSyntax.TryReadReference(text, lt, out m)))
                {
                    // A style or script element covers its content too, up to its end tag.
                    var end = m.Opens == RawText.None ? m.End : Math.Max(m.End, MarkupSyntax.FindEndTag(text, m.End, m.Opens));
                    if (end > at)
                    {
                        opening = end;
                        break;
                    }
                }
            }

            if (opening < 0)
            {
                return false;
            }

            at = opening;
        }

        return true;
    }
}
