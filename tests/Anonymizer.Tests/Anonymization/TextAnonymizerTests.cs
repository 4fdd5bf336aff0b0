using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Anonymization;

public sealed class TextAnonymizerTests
{
    private static PiiMatch Match(string type, int start, int length, double score = 0.5) =>
        new(type, start, length, score, "Test", new MatchExplanation("p", ValidationOutcome.Undecided, score));

    [Fact]
    public void Replaces_each_match_by_its_tag_by_default()
    {
        var result = new TextAnonymizer(AnonymizationPolicy.ReplaceAll).Anonymize("call 555 or mail x@y.com", [Match("PHONE_NUMBER", 5, 3), Match("EMAIL_ADDRESS", 17, 7)]);
        Assert.Equal("call <PHONE_NUMBER> or mail <EMAIL_ADDRESS>", result.Text);
        Assert.Equal(new Replacement("EMAIL_ADDRESS", 17, 7, 28, 15, "replace"), result.Replacements[1]);
    }

    [Fact]
    public void Pieces_of_one_document_share_numbering_through_a_given_scope()
    {
        var anonymizer = new TextAnonymizer(new AnonymizationPolicy(ReplaceStrategy.Numbered));
        var scope = new DocumentScope();
        Assert.Equal("<P_1> and <P_2>", anonymizer.Anonymize("ann and bob", [Match("P", 0, 3), Match("P", 8, 3)], scope));
        var output = new System.Buffers.ArrayBufferWriter<char>();
        anonymizer.Anonymize("bob, cy, ann", [Match("P", 0, 3), Match("P", 5, 2), Match("P", 9, 3)], output, scope);
        Assert.Equal("<P_2>, <P_3>, <P_1>", output.WrittenSpan.ToString());
        Assert.Equal("<P_1>", anonymizer.Anonymize("cy", [Match("P", 0, 2)]).Text);
    }

    [Fact]
    public void Numbered_replacement_gives_the_same_value_the_same_number_within_a_document()
    {
        var anonymizer = new TextAnonymizer(new AnonymizationPolicy(ReplaceStrategy.Numbered));
        const string text = "Ann met Bob, then Ann left";
        var result = anonymizer.Anonymize(text, [Match("PERSON", 0, 3), Match("PERSON", 8, 3), Match("PERSON", 18, 3)]);
        Assert.Equal("<PERSON_1> met <PERSON_2>, then <PERSON_1> left", result.Text);
        var again = anonymizer.Anonymize("Bob", [Match("PERSON", 0, 3)]);
        Assert.Equal("<PERSON_1>", again.Text);
    }

    [Fact]
    public void Custom_templates_substitute_type_and_number_and_keep_other_braces()
    {
        var anonymizer = new TextAnonymizer(new AnonymizationPolicy(new ReplaceStrategy("[{type}#{n}]{x}")));
        Assert.Equal("[EMAIL_ADDRESS#1]{x}", anonymizer.Anonymize("a@b.com", [Match("EMAIL_ADDRESS", 0, 7)]).Text);
    }

    [Fact]
    public void Overlapping_matches_are_rewritten_as_their_union_so_nothing_survives()
    {
        var result = new TextAnonymizer(AnonymizationPolicy.ReplaceAll).Anonymize("0123456789", [Match("A", 2, 4, 0.9), Match("B", 4, 4, 0.5)]);
        Assert.Equal("01<A>89", result.Text);
    }

    [Fact]
    public void Keep_passes_the_value_through_only_when_chosen()
    {
        var policy = new AnonymizationPolicy(ReplaceStrategy.Default, new Dictionary<string, AnonymizationStrategy> { ["DATE_TIME"] = KeepStrategy.Instance });
        var result = new TextAnonymizer(policy).Anonymize("on 2024-01-01 by x@y.com", [Match("DATE_TIME", 3, 10), Match("EMAIL_ADDRESS", 17, 7)]);
        Assert.Equal("on 2024-01-01 by <EMAIL_ADDRESS>", result.Text);
    }

    [Fact]
    public void A_match_outside_the_text_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TextAnonymizer(AnonymizationPolicy.ReplaceAll).Anonymize("abc", [Match("A", 2, 5)]));
    }

    [Fact]
    public void The_facade_analyzes_and_rewrites_in_one_call()
    {
        var engine = new AnonymizerBuilder().Build();
        var result = engine.Anonymize("Mail jane.doe@example.com now");
        Assert.Equal("Mail <EMAIL_ADDRESS> now", result.Text);
        Assert.Equal(PiiEntityTypes.EmailAddress, Assert.Single(result.Matches).EntityType);
    }

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
