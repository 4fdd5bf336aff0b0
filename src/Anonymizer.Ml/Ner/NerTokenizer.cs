namespace Anonymizer.Ml.Ner;

/// <summary>
/// Splits text into words and punctuation the way the token classifier was trained: runs of letters and digits
/// (joined by inner apostrophes, hyphens, dots and ampersands, e.g. <c>O'Brien</c>, <c>Jean-Luc</c>, <c>U.S</c>,
/// <c>AT&amp;T</c>; a possessive <c>'s</c> is split off), an <c>@</c> or <c>#</c> directly before a word belongs to it,
/// and each other character is a token of its own (a run of the same character is one token).
/// </summary>
internal static class NerTokenizer
{
    /// <summary>Reads the next token at or after <paramref name="position"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where to start; on return, just past the token.</param>
    /// <param name="start">Start of the token.</param>
    /// <param name="length">Length of the token.</param>
    /// <param name="lineBreakBefore">Whether a line break lies between the previous token and this one.</param>
    /// <returns><see langword="false"/> when no token is left.</returns>
    public static bool Next(ReadOnlySpan<char> text, ref int position, out int start, out int length, out bool lineBreakBefore)
    {
        var i = position;
        lineBreakBefore = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                lineBreakBefore = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                break;
            }

            i++;
        }

        if (i >= text.Length)
        {
            position = i;
            start = i;
            length = 0;
            return false;
        }

        start = i;
        var first = text[i];
        if ((first == '@' || first == '#') && i + 1 < text.Length && IsWordChar(text[i + 1]))
        {
            i++;
        }

        if (IsWordChar(text[i]))
        {
            i++;
            while (i < text.Length)
            {
                var c = text[i];
                if (IsWordChar(c))
                {
                    i++;
                    continue;
                }

                if ((c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '&' || c == '_') && i + 1 < text.Length && IsWordChar(text[i + 1]))
                {
                    if ((c == '\'' || c == '\u2019') && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !IsWordChar(text[i + 2])))
                    {
                        break;
                    }

                    i += 2;
                    continue;
                }

                break;
            }
        }
        else if ((first == '\'' || first == '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
        }
        else
        {
            i++;
            while (i < text.Length && text[i] == first)
            {
                i++;
            }
        }

        length = i - start;
        position = i;
        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);
}
