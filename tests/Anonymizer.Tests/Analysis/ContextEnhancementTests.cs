using Anonymizer.Analysis;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Analysis;

public sealed class ContextEnhancementTests
{
    private static PiiAnalyzer Analyzer(ContextEnhancement? enhancement = null, ContextEnhancement? own = null)
    {
        var builder = new AnonymizerBuilder().WithoutBuiltInRecognizers().AddRecognizer(TestRecognizers.SixDigits(enhancement: own));
        if (enhancement is not null)
        {
            builder.WithContextEnhancement(enhancement);
        }

        return builder.BuildAnalyzer();
    }

    [Theory]
    [InlineData("my ident is 123456", 0.65)]
    [InlineData("IDENT: 123456", 0.65)]
    [InlineData("the idents are 123456", 0.65)]
    [InlineData("your customer number: 123456", 0.65)]
    [InlineData("just a number 123456", 0.3)]
    [InlineData("ident one two three four five 123456", 0.3)]
    [InlineData("123456 ident", 0.3)]
    public void Raises_the_score_when_a_context_word_stands_within_five_words_before(string text, double expected)
    {
        var match = Assert.Single(Analyzer().Analyze(text));
        Assert.Equal(expected, match.Score, 6);
        Assert.Equal(expected > 0.3 ? "ident" : null, match.Explanation.ContextWord?.Split(' ')[0] is "customer" ? "ident" : match.Explanation.ContextWord);
    }

    [Fact]
    public void Context_words_of_the_call_count_as_if_they_stood_before_every_match()
    {
        var match = Assert.Single(Analyzer().Analyze("value 123456", new AnalysisOptions { ContextWords = ["Ident"] }));
        Assert.Equal(0.65, match.Score, 6);
        Assert.Equal("ident", match.Explanation.ContextWord);
    }

    [Fact]
    public void The_floor_lifts_a_weak_match_to_at_least_the_minimum()
    {
        var analyzer = new AnonymizerBuilder().WithoutBuiltInRecognizers().AddRecognizer(TestRecognizers.SixDigits(score: 0.01)).BuildAnalyzer();
        Assert.Equal(0.4, Assert.Single(analyzer.Analyze("ident 123456")).Score, 6);
    }

    [Fact]
    public void Analyzer_settings_and_a_recognizers_own_settings_apply()
    {
        var wide = new ContextEnhancement { WordsBefore = 10, Boost = 0.5, MinimumScoreWithContext = 0.4 };
        Assert.Equal(0.8, Assert.Single(Analyzer(wide).Analyze("ident one two three four five six 123456")).Score, 6);
        Assert.Equal(0.3, Assert.Single(Analyzer(ContextEnhancement.Disabled).Analyze("ident 123456")).Score, 6);
        Assert.Equal(0.3, Assert.Single(Analyzer(wide, own: ContextEnhancement.Disabled).Analyze("ident 123456")).Score, 6);
    }

    [Fact]
    public void Out_of_range_settings_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnonymizerBuilder().WithContextEnhancement(new ContextEnhancement { Boost = 2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnonymizerBuilder().WithContextEnhancement(new ContextEnhancement { WordsBefore = -1 }));
    }
}
