using Anonymizer.Ml.Ner;

namespace Anonymizer.Ml.Tests;

public sealed class NerTokenizerTests
{
    private static List<string> Tokens(string text)
    {
        var result = new List<string>();
        var position = 0;
        while (NerTokenizer.Next(text, ref position, out var start, out var length, out _))
        {
            result.Add(text.Substring(start, length));
        }

        return result;
    }

    [Theory]
    [InlineData("John's car", new[] { "John", "'s", "car" })]
    [InlineData("O'Brien met Jean-Luc in the U.S. today.", new[] { "O'Brien", "met", "Jean-Luc", "in", "the", "U.S", ".", "today", "." })]
    [InlineData("@paulwalk loves #London!!", new[] { "@paulwalk", "loves", "#London", "!!" })]
    [InlineData("AT&T, Inc.", new[] { "AT&T", ",", "Inc", "." })]
    [InlineData("  ", new string[0])]
    public void Splits_words_and_punctuation(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Fact]
    public void Reports_line_breaks()
    {
        var text = "Hi\nJohn";
        var position = 0;
        Assert.True(NerTokenizer.Next(text, ref position, out _, out _, out var first));
        Assert.True(NerTokenizer.Next(text, ref position, out _, out _, out var second));
        Assert.False(first);
        Assert.True(second);
    }

    [Fact]
    public void Gazetteer_hashes_ignore_case()
    {
        Assert.Equal(NerFeatures.HashLower("London"), NerFeatures.HashLower("LONDON"));
        Assert.NotEqual(NerFeatures.HashLower("London"), NerFeatures.HashLower("Londo"));
    }
}
