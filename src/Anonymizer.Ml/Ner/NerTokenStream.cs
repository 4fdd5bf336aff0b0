using Anonymizer.Ml.Markup;

namespace Anonymizer.Ml.Ner;

/// <summary>
/// The tokens the classifier reads from a text, left to right (<see cref="NerTokenizer"/> over each of the text's
/// <see cref="ProseSegments"/>), each with whether it starts a sentence: the text's first token, a token after a line
/// break (in the text, or in markup skipped before it) or after a sentence's final <c>.</c>, <c>!</c> or <c>?</c>, and
/// the first token after markup that ends a block of text.
/// </summary>
internal ref struct NerTokenStream
{
    private readonly ReadOnlySpan<char> _text;
    private ProseSegments _segments;
    private ReadOnlySpan<char> _segment;
    private int _position;
    private bool _inSegment;
    private bool _segmentOpen;
    private bool _splitPending = true;
    private bool _breakPending;
    private bool _sentenceStart = true;
    private int _previousEnd;

    /// <summary>Creates the stream of <paramref name="text"/>'s tokens.</summary>
    /// <param name="text">The text.</param>
    /// <param name="skipMarkup">Whether markup is left unread (<see cref="MlRecognizerOptions.SkipMarkup"/>).</param>
    /// <param name="skipEncodedLines">Whether lines of encoded data are (<see cref="MlRecognizerOptions.SkipEncodedLines"/>).</param>
    public NerTokenStream(ReadOnlySpan<char> text, bool skipMarkup, bool skipEncodedLines = false)
    {
        _text = text;
        _segments = new ProseSegments(text, skipMarkup, skipEncodedLines);
    }

    /// <summary>Moves to the next token.</summary>
    /// <param name="start">Where the token starts.</param>
    /// <param name="length">Its length.</param>
    /// <param name="startsSentence">Whether it starts a sentence.</param>
    /// <param name="opensSegment">Whether markup other than character references lies between it and the token before
    /// (or it is the first): an entity does not run on into it.</param>
    /// <returns><see langword="false"/> when no token is left.</returns>
    public bool MoveNext(out int start, out int length, out bool startsSentence, out bool opensSegment)
    {
        while (true)
        {
            if (_inSegment && NerTokenizer.Next(_segment, ref _position, out start, out length, out var lineBreak))
            {
                opensSegment = _splitPending;
                startsSentence = _sentenceStart || lineBreak
                    || (_segmentOpen && (_breakPending || _text[_previousEnd..start].ContainsAny('\n', '\r')));
                _segmentOpen = false;
                _splitPending = false;
                _breakPending = false;
                _previousEnd = start + length;
                var c = _text[start];
                _sentenceStart = length == 1 ? c is '.' or '!' or '?' : (c is '.' or '!' or '?' && _text[start + length - 1] == c);
                return true;
            }

            // Tokens end where their segment does: the markup after it is not read. A break before a segment without
            // tokens (white space between tags), or a split from the segment before, carries on to the next token.
            if (!_segments.MoveNext(out _position, out var end, out var segmentBreak, out var continues))
            {
                start = length = 0;
                startsSentence = opensSegment = false;
                return false;
            }

            _segment = _text[..end];
            _inSegment = true;
            _segmentOpen = true;
            _breakPending |= segmentBreak;
            _splitPending |= !continues;
        }
    }
}
