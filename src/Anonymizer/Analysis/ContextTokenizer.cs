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
}
