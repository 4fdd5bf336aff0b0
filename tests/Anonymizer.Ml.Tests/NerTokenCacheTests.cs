using Anonymizer.Ml.Ner;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests;

/// <summary>
/// The recognizer describes a short token it has met before from a cache keyed by the token's characters
/// (<see cref="NerTokenCache"/>): every answer must be the one describing the token afresh gives, whatever the slot
/// count, whatever a slot held before, wherever in the text the token lies (its end included).
/// </summary>
public sealed class NerTokenCacheTests
{
    private static readonly NerModel Model = MlRecognizers.CreateDefault().Model;

    private static readonly string[] Parts =
    [
        "Ann", "ann", "ANN", "Paris", "paris", "of", "Of", "the", "42", "4242", "a1b2", "Jean-Luc", "O'Brien", "U.S",
        "Ünal", "数据", "🙂", "\0", "ab\0", "abcdefgh", "abcdefghi", "ABCDEFGH", "--", "...", "x", "New", "York",
    ];

    private static Arbitrary<string> Texts() => NerTestTokens.MixedTexts(Parts);

    [Property(MaxTest = 300)]
    public Property A_cached_description_is_the_description() =>
        Prop.ForAll(Texts(), Gen.Elements(1, 2, 16, NerTokenCache.DefaultSlots).ToArbitrary(), (text, slots) =>
        {
            var cache = new NerTokenCache(Model, slots);

            // Twice over, so that the second reading meets the first one's entries (or what replaced them).
            for (var round = 0; round < 2; round++)
            {
                var position = 0;
                var sentenceStart = round == 0;
                while (NerTokenizer.Next(text, ref position, out var start, out var length, out _))
                {
                    if (!Same(Model.Describe(text, start, length, sentenceStart), cache.Describe(text, start, length, sentenceStart)))
                    {
                        return false;
                    }

                    sentenceStart = !sentenceStart;
                }
            }

            return true;
        });

    [Theory]
    [InlineData("ab", "ab")]
    [InlineData("xx ab", "ab")]
    [InlineData("abcdefgh", "abcdefgh")]
    [InlineData("Paris", "Paris")]
    public void A_token_at_the_end_of_a_text_and_the_same_token_before_more_text_are_one_entry(string ending, string token)
    {
        var cache = new NerTokenCache(Model, 1);
        var inside = token + " and more text after it";
        var atEnd = ending.Length - token.Length;
        var first = cache.Describe(inside, 0, token.Length, sentenceStart: false);
        var second = cache.Describe(ending, atEnd, token.Length, sentenceStart: true);
        Assert.Equal(1, cache.Misses);
        Assert.True(Same(Model.Describe(inside, 0, token.Length, false), first));
        Assert.True(Same(Model.Describe(ending, atEnd, token.Length, true), second));
        Assert.Equal(atEnd, second.Start);
        Assert.True(second.SentenceStart);
    }

    [Theory]
    [InlineData("ab", "ab\0")] // a NUL past the end of the shorter token
    [InlineData("ab", "ac")] // the last character, at each length
    [InlineData("abc", "abd")]
    [InlineData("abcd", "abce")]
    [InlineData("abcde", "abcdf")]
    [InlineData("abcdef", "abcdeg")]
    [InlineData("abcdefg", "abcdefh")]
    [InlineData("abcdefgh", "abcdefgi")]
    [InlineData("Ann", "ANN")]
    public void Tokens_that_differ_in_a_character_or_in_length_are_not_taken_for_each_other(string one, string other)
    {
        // One slot: each token replaces the other, and neither may be answered with the other's facts.
        var cache = new NerTokenCache(Model, 1);
        foreach (var token in new[] { one, other, one, other })
        {
            Assert.True(Same(Model.Describe(token, 0, token.Length, false), cache.Describe(token, 0, token.Length, false)));
        }

        Assert.Equal(4, cache.Misses);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-8)]
    [InlineData((1 << 20) * 2)]
    public void A_slot_count_that_is_not_a_power_of_two_up_to_two_to_the_twentieth_is_refused(int slots)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NerTokenCache(Model, slots));
    }

    // Every fact, as the features read them (SameWord), and where the token is.
    private static bool Same(NerToken a, NerToken b) =>
        a.Start == b.Start && a.Length == b.Length && a.SentenceStart == b.SentenceStart && NerFeatures.SameWord(a, b);
}
