using Anonymizer.Ml.Markup;

namespace Anonymizer.Ml.Tests.Markup;

public sealed class MarkupSyntaxTests
{
    [Theory]
    [InlineData("<p>")]
    [InlineData("</p>")]
    [InlineData("</td >")]
    [InlineData("<br/>")]
    [InlineData("<br />")]
    [InlineData("<o:p>")]
    [InlineData("<a href=x>")]
    [InlineData("<a href=\"http://example.com/?a=1&b=2\" target=_blank>")]
    [InlineData("<img src='a.gif' alt='x > y < z'>")]
    [InlineData("<td\nwidth=\"3\"\n>")]
    [InlineData("<input disabled>")]
    [InlineData("<!DOCTYPE html>")]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("<style type=\"text/css\">")]
    [InlineData("<v:shape id=x>")]
    [InlineData("<TABLE>")]
    [InlineData("<![CDATA[")]
    [InlineData("<!--")]
    public void Reads_well_formed_markup_to_its_end(string markup)
    {
        Assert.True(MarkupSyntax.TryRead(markup + "tail", 0, out var construct));
        Assert.Equal(markup.Length, construct.End);
    }

    [Theory]
    [InlineData("a < b")]
    [InlineData("<3 you")]
    [InlineData("<john@example.com>")]
    [InlineData("<lists.example.org>")]
    [InlineData("<https://example.com/path>")]
    [InlineData("<b")]
    [InlineData("<a href=\"unterminated>")]
    [InlineData("<a <b>")]
    [InlineData("<=>")]
    [InlineData("< p>")]
    [InlineData("<a / b>")]
    [InlineData("<!>")]
    [InlineData("<?>")]
    [InlineData("<!DOCTYPE <html>")]
    [InlineData("<")]
    [InlineData("<alice> hi")]
    [InlineData("<Jane Doe>")]
    [InlineData("<John>")]
    [InlineData("<a x=<b>")]
    [InlineData("<a x=y\"z>")]
    public void A_lt_sign_that_opens_no_well_formed_markup_is_text(string text)
    {
        Assert.False(MarkupSyntax.TryRead(text, 0, out _));
    }

    [Fact]
    public void A_tag_longer_than_the_limit_is_text()
    {
        var justFits = "<p" + new string(' ', MarkupSyntax.MaxTagLength - 3) + ">";
        Assert.True(MarkupSyntax.TryRead(justFits, 0, out var construct));
        Assert.Equal(justFits.Length, construct.End);
        Assert.False(MarkupSyntax.TryRead("<p" + new string(' ', MarkupSyntax.MaxTagLength - 2) + ">", 0, out _));
    }

    [Fact]
    public void Style_and_script_start_tags_open_their_content_and_end_tags_are_found_in_it()
    {
        Assert.True(MarkupSyntax.TryRead("<STYLE type=x>", 0, out var style));
        Assert.Equal(RawText.Style, style.Opens);
        Assert.True(MarkupSyntax.TryRead("<script>", 0, out var script));
        Assert.Equal(RawText.Script, script.Opens);
        Assert.True(MarkupSyntax.TryRead("<style/>", 0, out var selfClosed));
        Assert.Equal(RawText.Style, selfClosed.Opens);
        Assert.True(MarkupSyntax.TryRead("</style>", 0, out var endTag));
        Assert.Equal(RawText.None, endTag.Opens);

        const string code = "if (a < b && c > d) { x = '</p>'; } </scripts> </script >";
        Assert.Equal(code.IndexOf("</script >", StringComparison.Ordinal), MarkupSyntax.FindEndTag(code, 0, RawText.Script));
        Assert.Equal(-1, MarkupSyntax.FindEndTag(code, 0, RawText.Style));
        Assert.Equal(4, MarkupSyntax.FindEndTag("a<b></Style>", 0, RawText.Style));
        Assert.Equal(-1, MarkupSyntax.FindEndTag("a</style", 0, RawText.Style));
    }

    [Theory]
    [InlineData("&nbsp;", true)]
    [InlineData("&amp;", true)]
    [InlineData("&#160;", true)]
    [InlineData("&#x2019;", true)]
    [InlineData("&#X2014;", true)]
    [InlineData("&eacute;", false)]
    [InlineData("&#233;", false)]
    [InlineData("&#x41;", false)]
    [InlineData("&#55296;", false)]
    [InlineData("&NBSP;", false)]
    [InlineData("&amp", false)]
    [InlineData("&;", false)]
    [InlineData("&#;", false)]
    [InlineData("&nbspnbspnbsp;", false)]
    [InlineData("&", false)]
    public void Character_references_to_spaces_and_punctuation_are_read_and_others_are_text(string text, bool reference)
    {
        Assert.Equal(reference, MarkupSyntax.TryReadReference(text + "x", 0, out var construct));
        if (reference)
        {
            Assert.Equal(text.Length, construct.End);
            Assert.True(construct.Joins);
            Assert.False(construct.Breaks);
        }
    }

    [Fact]
    public void A_comment_opener_is_markup_and_what_the_comment_says_is_not()
    {
        Assert.True(MarkupSyntax.TryRead("<!-- edited by Ada -->", 0, out var comment));
        Assert.Equal(4, comment.End);
        Assert.False(comment.Breaks);
    }

    [Theory]
    [InlineData("<p>", true)]
    [InlineData("</td>", true)]
    [InlineData("<br/>", true)]
    [InlineData("<div class=x>", true)]
    [InlineData("<b>", false)]
    [InlineData("</B>", false)]
    [InlineData("<span class=x>", false)]
    [InlineData("<font face=Arial>", false)]
    [InlineData("<!--", false)]
    [InlineData("<!DOCTYPE html>", false)]
    public void Block_tags_break_the_text_and_inline_ones_do_not(string markup, bool breaks)
    {
        Assert.True(MarkupSyntax.TryRead(markup, 0, out var construct));
        Assert.Equal(breaks, construct.Breaks);
    }

    [Fact]
    public void The_values_of_text_attributes_are_given_and_no_others()
    {
        const string tag = "<img src=\"a.gif\" ALT=\"Ada Lovelace\" data-x=\"y\" title='Tip' hidden value=unquoted alt=\"\" label = \"spaced\">";
        Assert.True(MarkupSyntax.TryRead(tag, 0, out var construct));
        var cursor = construct.AttributesStart;
        var values = new List<string>();
        while (MarkupSyntax.NextTextValue(tag, ref cursor, construct.End, out var start, out var end))
        {
            values.Add(tag[start..end]);
        }

        Assert.Equal(["Ada Lovelace", "Tip", "unquoted", "spaced"], values);
        Assert.Equal(construct.End, cursor);
    }

    [Fact]
    public void Markup_is_read_where_it_starts_inside_a_longer_text()
    {
        const string text = "Hello <b>world</b>";
        Assert.True(MarkupSyntax.TryRead(text, 6, out var open));
        Assert.Equal(9, open.End);
        Assert.True(MarkupSyntax.TryRead(text, 14, out var close));
        Assert.Equal(text.Length, close.End);
        Assert.Equal(-1, close.AttributesStart);
        Assert.False(MarkupSyntax.TryRead(text, 0, out _));
    }

    private static readonly string Encoded = string.Concat(Enumerable.Repeat("QWRhIExvdmVsYWNl+/09", 3));

    [Theory]
    [InlineData("", true)]
    [InlineData("=", true)]
    [InlineData("==", true)]
    [InlineData("===", false)]
    [InlineData(" ", false)]
    [InlineData("-", false)]
    [InlineData("=x", false)]
    public void A_line_of_sixty_base64_characters_and_its_padding_is_encoded_data(string ending, bool encoded)
    {
        foreach (var lineBreak in new[] { "", "\n", "\r\n" })
        {
            var text = "x\n" + Encoded + ending + lineBreak;
            Assert.Equal(encoded, MarkupSyntax.TryReadEncodedLine(text, 2, out var line));
            if (encoded)
            {
                Assert.Equal(2 + Encoded.Length + ending.Length, line.End);
                Assert.True(line.Breaks);
            }
        }

        Assert.False(MarkupSyntax.TryReadEncodedLine(Encoded[1..] + ending, 0, out _));
        Assert.False(MarkupSyntax.TryReadEncodedLine("\r" + Encoded, 0, out _));
    }
}
