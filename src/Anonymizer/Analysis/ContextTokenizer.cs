namespace Anonymizer.Analysis;

/// <summary>Splits text into lower-case word tokens (runs of letters and digits) for context matching.</summary>
internal static class ContextTokenizer
{
    public static List<string> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                tokens.Add(text[start..i].ToString().ToLowerInvariant());
            }
        }

        return tokens;
    }

    /// <summary>
    /// The last <paramref name="count"/> word tokens that end at or before <paramref name="end"/>, lower-cased,
    /// in text order.
    /// </summary>
    public static List<string> WordsBefore(ReadOnlySpan<char> text, int end, int count, List<string> into)
    {
        into.Clear();
        var i = end - 1;
        while (i >= 0 && into.Count < count)
        {
            while (i >= 0 && !char.IsLetterOrDigit(text[i]))
            {
                i--;
            }

            var last = i;
            while (i >= 0 && char.IsLetterOrDigit(text[i]))
            {
                i--;
            }

            if (last > i)
            {
                into.Add(text[(i + 1)..(last + 1)].ToString().ToLowerInvariant());
            }
        }

        into.Reverse();
        return into;
    }
}
