namespace Anonymizer.Ml.Markup;

/// <summary>
/// The HTML markup that the token classifier does not read: start and end tags of HTML elements (and of namespaced
/// ones, <c>&lt;o:p&gt;</c>), the openers <c>&lt;!--</c> and <c>&lt;![CDATA[</c> (what a comment or a CDATA section
/// says is text, and is read), declarations (<c>&lt;!DOCTYPE html&gt;</c>) and processing instructions
/// (<c>&lt;?xml …?&gt;</c>); <see cref="ProseSegments"/> also skips the content of <c>style</c> and <c>script</c>
/// elements up to their end tags (<see cref="FindEndTag"/>). A tag is markup only when it is well formed up to its
/// closing <c>&gt;</c> within <see cref="MaxTagLength"/> characters: <c>&lt;</c> or <c>&lt;/</c>, the name of an HTML
/// element or a name with a namespace (ASCII letters, digits, <c>-</c>, <c>_</c>, <c>:</c>) ending at white space,
/// <c>/</c> or <c>&gt;</c>, then attributes (quoted values may hold <c>&lt;</c>, <c>&gt;</c> and line breaks; unquoted
/// ones none of <c>&lt; " ' = `</c>). So <c>a &lt; b</c>, <c>&lt;3</c>, <c>&lt;alice&gt;</c>, <c>&lt;Jane Doe&gt;</c>,
/// <c>&lt;john@example.com&gt;</c>, <c>&lt;lists.example.org&gt;</c> and <c>&lt;https://example.com&gt;</c> are text;
/// <c>x&lt;b and y&gt;z</c> reads as a tag, as an HTML parser would read it. No <c>&lt;</c> makes the reader look
/// further than <see cref="MaxTagLength"/> characters, and most stop at the next <c>&lt;</c>.
/// </summary>
internal static class MarkupSyntax
{
    /// <summary>The longest tag, declaration or processing instruction recognized, in characters.</summary>
    public const int MaxTagLength = 4096;

    // The HTML elements (and the obsolete ones mail still uses): a tag of another name, "<alice>" in a chat log or
    // "<Jane Doe>", is text, unless its name has a namespace ("<o:p>", "<v:shape>").
    private static readonly HashSet<string> Elements = new(
        ["a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi",
         "bdo", "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite",
         "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt",
         "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
         "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
         "legend", "li", "link", "main", "map", "mark", "marquee", "menu", "meta", "meter", "nav", "nobr", "noframes",
         "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp",
         "rt", "ruby", "s", "samp", "script", "search", "section", "select", "small", "source", "span", "strike", "strong",
         "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
         "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xml", "xmp"],
        StringComparer.OrdinalIgnoreCase);

    // Tags that do not start a new block of text where they stand: words on either side of them run on.
    private static readonly HashSet<string> InlineTags = new(
        ["a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img",
         "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
         "tt", "u", "var", "wbr"],
        StringComparer.OrdinalIgnoreCase);

    // Attributes whose values are text meant for people (a picture's description, a tooltip, a page's author): read.
    private static readonly HashSet<string> TextAttributes = new(
        ["alt", "aria-label", "content", "label", "placeholder", "summary", "title", "value"],
        StringComparer.OrdinalIgnoreCase);

    // Named character references to white space and punctuation (a letter's, "&eacute;", is part of its word).
    private static readonly HashSet<string> SeparatingReferences = new(
        ["nbsp", "amp", "lt", "gt", "quot", "apos", "copy", "reg", "trade", "mdash", "ndash", "hellip", "lsquo", "rsquo",
         "sbquo", "ldquo", "rdquo", "bdquo", "laquo", "raquo", "lsaquo", "rsaquo", "middot", "bull", "euro", "pound", "yen",
         "cent", "sect", "deg", "para", "shy", "ensp", "emsp", "thinsp", "zwnj", "zwj", "iexcl", "iquest", "times", "divide",
         "plusmn", "dagger", "Dagger", "permil", "brvbar", "curren", "not", "macr", "acute", "cedil", "uml"],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SeparatingReferenceLookup = SeparatingReferences.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ElementLookup = Elements.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InlineTagLookup = InlineTags.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TextAttributeLookup = TextAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Reads the markup that starts at <paramref name="at"/> (a <c>&lt;</c>), if any.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="at">Where the <c>&lt;</c> is.</param>
    /// <param name="markup">The markup read: its end, whether it ends a block of text, where its attributes start, and
    /// whether it opens a style or script element.</param>
    /// <returns><see langword="false"/> when the <c>&lt;</c> opens no markup (it is text).</returns>
    public static bool TryRead(ReadOnlySpan<char> text, int at, out MarkupConstruct markup)
    {
        markup = default;
        if (at + 1 >= text.Length || text[at] != '<')
        {
            return false;
        }

        var next = text[at + 1];
        if (next == '!')
        {
            return TryReadBang(text, at, out markup);
        }

        if (next == '?')
        {
            return at + 2 < text.Length && char.IsAsciiLetter(text[at + 2]) && TryReadUntilClose(text, at, at + 2, out markup);
        }

        var isEndTag = next == '/';
        var nameStart = at + (isEndTag ? 2 : 1);
        var limit = Math.Min(text.Length, at + MaxTagLength);
        var nameEnd = TagNameEnd(text, nameStart, limit);
        if (nameEnd == nameStart || nameEnd >= limit || !(char.IsWhiteSpace(text[nameEnd]) || text[nameEnd] is '/' or '>'))
        {
            return false;
        }

        var name = text[nameStart..nameEnd];
        if (!ElementLookup.Contains(name) && name.IndexOf(':') <= 0)
        {
            return false;
        }

        var cursor = nameEnd;
        AttributeStep step;
        while ((step = NextAttribute(text, ref cursor, limit, out _, out _, out _)) == AttributeStep.Attribute)
        {
        }

        if (step == AttributeStep.Invalid)
        {
            return false;
        }

        // "<script/>" opens a script all the same: an HTML parser ignores the slash of an element that is not void.
        var rawText = isEndTag ? RawText.None
            : name.Equals("style", StringComparison.OrdinalIgnoreCase) ? RawText.Style
            : name.Equals("script", StringComparison.OrdinalIgnoreCase) ? RawText.Script
            : RawText.None;
        markup = new MarkupConstruct(cursor, Breaks: !InlineTagLookup.Contains(name), AttributesStart: isEndTag ? -1 : nameEnd, rawText);
        return true;
    }

    /// <summary>
    /// The next attribute of a start tag whose value is text for people (see the class summary), from
    /// <paramref name="cursor"/> up to the tag's end <paramref name="tagEnd"/>.
    /// </summary>
    /// <returns><see langword="false"/> when no such attribute is left.</returns>
    public static bool NextTextValue(ReadOnlySpan<char> text, ref int cursor, int tagEnd, out int valueStart, out int valueEnd)
    {
        while (NextAttribute(text, ref cursor, tagEnd, out var name, out valueStart, out valueEnd) == AttributeStep.Attribute)
        {
            if (valueEnd > valueStart && TextAttributeLookup.Contains(text[name]))
            {
                return true;
            }
        }

        cursor = tagEnd;
        valueStart = valueEnd = 0;
        return false;
    }

    private enum AttributeStep
    {
        Attribute,
        TagEnd,
        Invalid,
    }

    // Reads one attribute (name, and "= value" when given) or the tag's closing "/>" or ">". On TagEnd the cursor is
    // just past the '>'. An attribute without a value has an empty value range.
    private static AttributeStep NextAttribute(ReadOnlySpan<char> text, ref int cursor, int limit, out Range name, out int valueStart, out int valueEnd)
    {
        name = default;
        valueStart = valueEnd = 0;
        var i = SkipWhiteSpace(text, cursor, limit);
        if (i >= limit)
        {
            return AttributeStep.Invalid;
        }

        var c = text[i];
        if (c == '>' || (c == '/' && i + 1 < limit && text[i + 1] == '>'))
        {
            cursor = i + (c == '>' ? 1 : 2);
            return AttributeStep.TagEnd;
        }

        var nameEnd = AttributeNameEnd(text, i, limit);
        if (nameEnd == i)
        {
            // '/' not closing the tag, '<', '=' or a quote where a name should be: not a tag.
            return AttributeStep.Invalid;
        }

        name = i..nameEnd;
        i = SkipWhiteSpace(text, nameEnd, limit);
        if (i < limit && text[i] == '=')
        {
            i = SkipWhiteSpace(text, i + 1, limit);
            if (i >= limit)
            {
                return AttributeStep.Invalid;
            }

            if (text[i] is '"' or '\'')
            {
                var close = text[(i + 1)..limit].IndexOf(text[i]);
                if (close < 0)
                {
                    return AttributeStep.Invalid;
                }

                valueStart = i + 1;
                valueEnd = i + 1 + close;
                i = valueEnd + 1;
            }
            else
            {
                // An unquoted value ends at white space or '>' and holds none of the characters HTML forbids in one: a
                // '<' there means this was no tag, and no '<' makes the reader look past the next one.
                valueStart = i;
                while (i < limit && !char.IsWhiteSpace(text[i]) && text[i] != '>')
                {
                    if (text[i] is '<' or '"' or '\'' or '=' or '`')
                    {
                        return AttributeStep.Invalid;
                    }

                    i++;
                }

                valueEnd = i;
            }
        }
        else
        {
            // An attribute without a value ends where the white space after its name ended.
            i = nameEnd;
        }

        cursor = i;
        return AttributeStep.Attribute;
    }

    private static int AttributeNameEnd(ReadOnlySpan<char> text, int start, int limit)
    {
        var i = start;
        while (i < limit && !char.IsWhiteSpace(text[i]) && text[i] is not ('/' or '>' or '=' or '"' or '\'' or '<'))
        {
            i++;
        }

        return i;
    }

    private static int TagNameEnd(ReadOnlySpan<char> text, int start, int limit)
    {
        if (start >= limit || !char.IsAsciiLetter(text[start]))
        {
            return start;
        }

        var i = start + 1;
        while (i < limit && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is ':' or '_' or '-'))
        {
            i++;
        }

        return i;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> text, int start, int limit)
    {
        var i = start;
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // "<!--" (the comment's text is read, and its "-->" is punctuation), "<![CDATA[" (its text is read), or a
    // declaration ("<!DOCTYPE …>"); anything else after "<!" is text.
    private static bool TryReadBang(ReadOnlySpan<char> text, int at, out MarkupConstruct markup)
    {
        markup = default;
        foreach (var opener in Openers)
        {
            if (text[at..].StartsWith(opener, StringComparison.Ordinal))
            {
                markup = new MarkupConstruct(at + opener.Length, Breaks: false, AttributesStart: -1, RawText.None);
                return true;
            }
        }

        return at + 2 < text.Length && char.IsAsciiLetter(text[at + 2]) && TryReadUntilClose(text, at, at + 2, out markup);
    }

    private static readonly string[] Openers = ["<!--", "<![CDATA["];

    // A declaration or processing instruction: from its start to the first '>' (no '<' before it).
    private static bool TryReadUntilClose(ReadOnlySpan<char> text, int at, int from, out MarkupConstruct markup)
    {
        markup = default;
        var limit = Math.Min(text.Length, at + MaxTagLength);
        if (from >= limit)
        {
            return false;
        }

        var close = text[from..limit].IndexOfAny('<', '>');
        if (close < 0 || text[from + close] == '<')
        {
            return false;
        }

        markup = new MarkupConstruct(from + close + 1, Breaks: false, AttributesStart: -1, RawText.None);
        return true;
    }

    /// <summary>The fewest characters of the base64 alphabet a line of encoded data holds.</summary>
    public const int MinEncodedLineLength = 60;

    /// <summary>
    /// Reads the line of encoded data that starts at <paramref name="lineStart"/>, if it is one: at least
    /// <see cref="MinEncodedLineLength"/> characters of the base64 alphabet (<c>A–Z a–z 0–9 + /</c>, so hexadecimal too)
    /// and nothing else but up to two <c>=</c> of padding, up to the line's end — a line of a MIME attachment or an
    /// encoded body, which holds no words.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="lineStart">Where the line starts (the text's start or just after a line feed).</param>
    /// <param name="line">The line, without its line break.</param>
    public static bool TryReadEncodedLine(ReadOnlySpan<char> text, int lineStart, out MarkupConstruct line)
    {
        line = default;
        var i = lineStart;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '/'))
        {
            i++;
        }

        if (i - lineStart < MinEncodedLineLength)
        {
            return false;
        }

        for (var padding = 0; padding < 2 && i < text.Length && text[i] == '='; padding++)
        {
            i++;
        }

        if (i < text.Length && text[i] != '\n' && !(text[i] == '\r' && (i + 1 == text.Length || text[i + 1] == '\n')))
        {
            return false;
        }

        line = new MarkupConstruct(i, Breaks: true, AttributesStart: -1, RawText.None);
        return true;
    }

    /// <summary>
    /// Reads the character reference that starts at <paramref name="at"/> (an <c>&amp;</c>) if it stands for white
    /// space or punctuation — <c>&amp;nbsp;</c>, <c>&amp;amp;</c>, <c>&amp;quot;</c>, <c>&amp;#8217;</c>… — which the
    /// classifier reads as a gap between words; a reference to a letter (<c>Ren&amp;eacute;</c>) stays part of its word.
    /// </summary>
    public static bool TryReadReference(ReadOnlySpan<char> text, int at, out MarkupConstruct reference)
    {
        reference = default;
        var limit = Math.Min(text.Length, at + 12);
        var semicolon = at + 1 < limit ? text[(at + 1)..limit].IndexOf(';') : -1;
        if (semicolon <= 0)
        {
            return false;
        }

        var body = text.Slice(at + 1, semicolon);
        bool separates;
        if (body[0] == '#')
        {
            var hex = body.Length > 1 && (body[1] is 'x' or 'X');
            var digits = body[(hex ? 2 : 1)..];
            separates = digits.Length > 0
                && int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && code is > 0 and < 0xD800
                && !char.IsLetterOrDigit((char)code);
        }
        else
        {
            separates = SeparatingReferenceLookup.Contains(body);
        }

        if (!separates)
        {
            return false;
        }

        reference = new MarkupConstruct(at + 1 + semicolon + 1, Breaks: false, AttributesStart: -1, RawText.None, Joins: true);
        return true;
    }

    /// <summary>
    /// Where the first end tag of a style or script element (<c>&lt;/style&gt;</c>, any case) at or after
    /// <paramref name="from"/> starts, or -1 when there is none: the content of such an element is not markup, so a
    /// <c>&lt;</c> in it opens nothing until that end tag.
    /// </summary>
    public static int FindEndTag(ReadOnlySpan<char> text, int from, RawText element)
    {
        var name = element == RawText.Style ? "style" : "script";
        while (from < text.Length)
        {
            var lt = text[from..].IndexOf("</", StringComparison.Ordinal);
            if (lt < 0)
            {
                return -1;
            }

            lt += from;
            var nameEnd = lt + 2 + name.Length;
            if (nameEnd < text.Length && text[(lt + 2)..nameEnd].Equals(name, StringComparison.OrdinalIgnoreCase)
                && (char.IsWhiteSpace(text[nameEnd]) || text[nameEnd] is '/' or '>')
                && TryRead(text, lt, out _))
            {
                return lt;
            }

            from = lt + 2;
        }

        return -1;
    }
}

/// <summary>The elements whose content is not markup and is not read: style sheets and scripts.</summary>
internal enum RawText
{
    /// <summary>Not such an element.</summary>
    None,

    /// <summary>A <c>style</c> element.</summary>
    Style,

    /// <summary>A <c>script</c> element.</summary>
    Script,
}

/// <summary>Markup read by <see cref="MarkupSyntax.TryRead"/>.</summary>
/// <param name="End">Just past the markup (a tag's <c>&gt;</c>).</param>
/// <param name="Breaks">Whether the markup ends a block of text: every tag but the inline ones (<c>b</c>, <c>span</c>…).</param>
/// <param name="AttributesStart">Where a start tag's attributes start (after its name), or -1 for other markup.</param>
/// <param name="Opens">The element whose content follows and is not read, if the markup is a style or script start tag.</param>
/// <param name="Joins">Whether the words on either side of it may be one entity: a character reference (<c>&amp;nbsp;</c>).</param>
internal readonly record struct MarkupConstruct(int End, bool Breaks, int AttributesStart, RawText Opens, bool Joins = false);
