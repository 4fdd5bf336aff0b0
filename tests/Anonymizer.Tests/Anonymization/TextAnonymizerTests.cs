using Anonymizer.Anonymization;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Anonymization;

public sealed class TextAnonymizerTests
{
    private static readonly TextAnonymizer Replace = new(AnonymizationPolicy.ReplaceAll);

    [Fact]
    public void Adjacent_matches_of_the_same_type_separated_by_white_space_become_one()
    {
        const string text = "Hi Jane  Doe, bye";
        var result = Replace.Anonymize(text, [StrategyHarness.Match("PERSON", 3, 4, 0.6), StrategyHarness.Match("PERSON", 9, 3, 0.8)]);
        Assert.Equal("Hi <PERSON>, bye", result.Text);
        var merged = Assert.Single(result.Matches);
        Assert.Equal((3, 9, 0.8), (merged.Start, merged.Length, merged.Score));
    }

    [Fact]
    public void Touching_matches_of_the_same_type_become_one() =>
        Assert.Equal("<PERSON>!", Replace.Anonymize("JaneDoe!", [StrategyHarness.Match("PERSON", 0, 4), StrategyHarness.Match("PERSON", 4, 3)]).Text);

    [Theory]
    [InlineData("Jane, Doe", 6)]
    [InlineData("Jane-Doe", 5)]
    public void Other_separators_keep_matches_apart(string text, int second) =>
        Assert.Equal(2, Replace.Anonymize(text, [StrategyHarness.Match("PERSON", 0, 4), StrategyHarness.Match("PERSON", second, 3)]).Matches.Count);

    [Fact]
    public void Different_types_are_not_merged() =>
        Assert.Equal("<PERSON> <LOCATION>", Replace.Anonymize("Jane Paris", [StrategyHarness.Match("PERSON", 0, 4), StrategyHarness.Match("LOCATION", 5, 5)]).Text);

    [Fact]
    public void A_merged_value_is_rewritten_whole() =>
        Assert.Equal("**** ***", new TextAnonymizer(new AnonymizationPolicy(new MaskStrategy())).Anonymize("Jane Doe", [StrategyHarness.Match("PERSON", 0, 4), StrategyHarness.Match("PERSON", 5, 3)]).Text);
}
