namespace Anonymizer.Analysis;

/// <summary>
/// The lower-cased word tokens a match's context is looked up in: the words before the match, then any context the
/// caller gave. Kept in one reusable character buffer per thread, so context enhancement allocates nothing per match.
/// </summary>
internal sealed class ContextWindow
{
    [ThreadStatic]
    private static ContextWindow? t_current;

    private char[] _chars = new char[256];
    private (int Start, int Length)[] _tokens = new (int, int)[16];
    private int _charCount;

    /// <summary>The number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>Token <paramref name="index"/>, lower-cased.</summary>
    public ReadOnlySpan<char> this[int index] => _chars.AsSpan(_tokens[index].Start, _tokens[index].Length);

    /// <summary>This thread's window, emptied.</summary>
    public static ContextWindow ForThread()
    {
        var window = t_current ??= new ContextWindow();
        window.Count = 0;
        window._charCount = 0;
        return window;
    }

    /// <summary>
    /// Where the last <paramref name="count"/> word tokens of <paramref name="text"/> that end at or before
    /// <paramref name="end"/> begin (tokens are runs of letters and digits, the last one cut at <paramref name="end"/>):
    /// the tokens of <c>text[start..end]</c> are those words, in text order. <paramref name="end"/> when there are none.
    /// </summary>
    public static int StartOfWordsBefore(ReadOnlySpan<char> text, int end, int count)
    {
        var start = end;
        var i = end - 1;
        for (var found = 0; found < count; found++)
        {
            while (i >= 0 && !char.IsLetterOrDigit(text[i]))
            {
                i--;
            }

            if (i < 0)
            {
                break;
            }

            while (i >= 0 && char.IsLetterOrDigit(text[i]))
            {
                i--;
            }

            start = i + 1;
        }

        return start;
    }

    /// <summary>Adds every word token of <paramref name="phrase"/>, in order.</summary>
    public void AddWordsOf(ReadOnlySpan<char> phrase)
    {
        var i = 0;
        while (i < phrase.Length)
        {
            while (i < phrase.Length && !char.IsLetterOrDigit(phrase[i]))
            {
                i++;
            }

            var start = i;
            while (i < phrase.Length && char.IsLetterOrDigit(phrase[i]))
            {
                i++;
            }

            if (i > start)
            {
                Add(phrase[start..i]);
            }
        }
    }

    private void Add(ReadOnlySpan<char> word)
    {
        if (_charCount + word.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + word.Length));
        }

        if (Count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        // Lower-casing never changes the length of a UTF-16 string in the invariant culture.
        word.ToLowerInvariant(_chars.AsSpan(_charCount, word.Length));
        _tokens[Count++] = (_charCount, word.Length);
        _charCount += word.Length;
    }
}
