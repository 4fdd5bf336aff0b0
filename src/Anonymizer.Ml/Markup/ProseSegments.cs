using System.Buffers;

namespace Anonymizer.Ml.Markup;

/// <summary>
/// The parts of a text that the token classifier reads, left to right: the text between markup (see
/// <see cref="MarkupSyntax"/>) but for the content of style and script elements, and the values of the attributes that
/// hold text for people (<c>alt</c>, <c>title</c>…). A style or script element without an end tag has its content read.
/// A text without markup is one segment, the whole text. A segment starts a new block of text (its first word starts a
/// sentence) when the markup before it is not an inline tag, and when it is an attribute's value or follows one (the
/// reader of the segments also counts the line breaks of what it skips). A segment continues the one before it (an
/// entity may run on into it) when only character references (<c>&amp;nbsp;</c>) lie between them. Lines of encoded
/// data (<see cref="MarkupSyntax.TryReadEncodedLine"/>) can be skipped too, markup or not.
/// </summary>
internal ref struct ProseSegments
{
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _skipEncodedLines;
    private readonly SearchValues<char>? _stops;
    private int _position;
    private bool _breakPending;

    // The markup found after the current prose, not yet stepped over (_markupAt < 0: none).
    private int _markupAt = -1;
    private MarkupConstruct _markup;

    // What lies between the last segment and the next: nothing yet, only character references, or more.
    private Between _between = Between.Markup;

    // Inside a start tag: where its text attributes are read from (-1: not inside one).
    private int _attributeCursor = -1;

    // The last end tag found of each of style and script (-1: none), and where the search for it started: the search
    // for the next one resumes from there, so a text of many unclosed style tags is still read in linear time.
    private int _styleEndFrom = int.MaxValue;
    private int _styleEnd;
    private int _scriptEndFrom = int.MaxValue;
    private int _scriptEnd;

    private static readonly SearchValues<char> MarkupStops = SearchValues.Create("<&");
    private static readonly SearchValues<char> LineStops = SearchValues.Create("\n");
    private static readonly SearchValues<char> AllStops = SearchValues.Create("<&\n");

    /// <summary>Creates the segments of <paramref name="text"/>; with both kinds of skipping off, the whole text is one.</summary>
    /// <param name="text">The text.</param>
    /// <param name="skipMarkup">Whether markup is skipped.</param>
    /// <param name="skipEncodedLines">Whether lines of encoded data are skipped.</param>
    public ProseSegments(ReadOnlySpan<char> text, bool skipMarkup, bool skipEncodedLines = false)
    {
        _text = text;
        _skipEncodedLines = skipEncodedLines;
        _stops = skipMarkup ? (skipEncodedLines ? AllStops : MarkupStops) : (skipEncodedLines ? LineStops : null);
    }

    /// <summary>Moves to the next segment.</summary>
    /// <param name="start">Where the segment starts.</param>
    /// <param name="end">Where it ends (exclusive).</param>
    /// <param name="breakBefore">Whether it starts a new block of text.</param>
    /// <param name="continuesPrevious">Whether only character references lie between it and the segment before it.</param>
    /// <returns><see langword="false"/> when no segment is left.</returns>
    public bool MoveNext(out int start, out int end, out bool breakBefore, out bool continuesPrevious)
    {
        while (true)
        {
            if (_attributeCursor >= 0)
            {
                if (MarkupSyntax.NextTextValue(_text, ref _attributeCursor, _markup.End, out start, out end))
                {
                    breakBefore = true;
                    continuesPrevious = false;
                    _breakPending = true;
                    _between = Between.Markup;
                    return true;
                }

                _attributeCursor = -1;
                _position = AfterMarkup();
            }

            if (_markupAt >= 0)
            {
                StepOverMarkup();
                continue;
            }

            if (_position >= _text.Length)
            {
                start = end = 0;
                breakBefore = continuesPrevious = false;
                return false;
            }

            start = _position;
            end = _stops is not null ? NextMarkup(_position) : _text.Length;
            _position = end;
            if (end > start)
            {
                breakBefore = _breakPending;
                continuesPrevious = _between == Between.References;
                _breakPending = false;
                _between = Between.Nothing;
                return true;
            }
        }
    }

    // Where the next markup (or line of encoded data) starts, noting it, or the text's end.
    private int NextMarkup(int from)
    {
        if (_skipEncodedLines && (from == 0 || _text[from - 1] == '\n') && MarkupSyntax.TryReadEncodedLine(_text, from, out _markup))
        {
            _markupAt = from;
            return from;
        }

        var search = from;
        while (search < _text.Length)
        {
            var at = _text[search..].IndexOfAny(_stops!);
            if (at < 0)
            {
                break;
            }

            at += search;
            if (_text[at] == '\n')
            {
                // The line after the line feed (the line feed itself is read: it breaks the line).
                at++;
                if (MarkupSyntax.TryReadEncodedLine(_text, at, out _markup))
                {
                    _markupAt = at;
                    return at;
                }

                search = at;
                continue;
            }

            if (_text[at] == '<' ? MarkupSyntax.TryRead(_text, at, out _markup) : MarkupSyntax.TryReadReference(_text, at, out _markup))
            {
                _markupAt = at;
                return at;
            }

            search = at + 1;
        }

        return _text.Length;
    }

    private void StepOverMarkup()
    {
        _breakPending |= _markup.Breaks;
        _between = _markup.Joins && _between != Between.Markup ? Between.References : Between.Markup;
        _markupAt = -1;
        if (_markup.AttributesStart >= 0)
        {
            _attributeCursor = _markup.AttributesStart;
        }
        else
        {
            _position = AfterMarkup();
        }
    }

    // Where reading resumes after the current markup: past it, or at the end tag of the style or script element it opens.
    private int AfterMarkup() => _markup.Opens switch
    {
        RawText.Style => EndTag(RawText.Style, ref _styleEndFrom, ref _styleEnd),
        RawText.Script => EndTag(RawText.Script, ref _scriptEndFrom, ref _scriptEnd),
        _ => _markup.End,
    };

    private int EndTag(RawText element, ref int searchedFrom, ref int found)
    {
        var from = _markup.End;
        if (from < searchedFrom || (found >= 0 && found < from))
        {
            searchedFrom = from;
            found = MarkupSyntax.FindEndTag(_text, from, element);
        }

        return found >= 0 ? found : from;
    }

    private enum Between
    {
        Nothing,
        References,
        Markup,
    }
}
