using Anonymizer.Ml.Ner;
using FsCheck;
using FsCheck.Fluent;

namespace Anonymizer.Ml.Tests;

/// <summary>Tokens of a test text as the recognizer describes them (for models without a gazetteer), and test texts.</summary>
internal static class NerTestTokens
{
    /// <summary>The described tokens of <paramref name="text"/>: the first and each after a line break start a sentence.</summary>
    public static NerToken[] Of(string text)
    {
        var tokens = new List<NerToken>();
        var position = 0;
        while (NerTokenizer.Next(text, ref position, out var start, out var length, out var lineBreak))
        {
            tokens.Add(NerFeatures.Describe(text, start, length, tokens.Count == 0 || lineBreak, Gazetteer.Empty));
        }

        return [.. tokens];
    }

    /// <summary>Texts of <paramref name="parts"/> (four times in five) and arbitrary strings, joined by spaces.</summary>
    public static Arbitrary<string> MixedTexts(string[] parts) =>
        Gen.ListOf(Gen.Frequency(
                (4, Gen.Elements(parts)),
                (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))))
            .Select(chosen => string.Join(" ", chosen))
            .ToArbitrary();
}
