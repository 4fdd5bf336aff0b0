using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Analysis;

public sealed class AnalyzerTests
{
    [Fact]
    public void Allow_list_suppresses_exact_values_and_whole_regex_matches()
    {
        var analyzer = new AnonymizerBuilder()
            .Allow("noreply@example.com")
            .AllowPattern(@".*@test\.example\.org")
            .BuildAnalyzer();
        var matches = analyzer.Analyze("noreply@example.com, a@test.example.org, jane@example.com, NOREPLY@example.com");
        Assert.Equal(["jane@example.com", "NOREPLY@example.com"], matches.Select(m => m.TextIn("noreply@example.com, a@test.example.org, jane@example.com, NOREPLY@example.com").ToString()));
    }

    [Fact]
    public void Allow_list_can_ignore_case()
    {
        var analyzer = new AnonymizerBuilder().Allow("noreply@example.com").AllowIgnoringCase().BuildAnalyzer();
        Assert.Empty(analyzer.Analyze("NoReply@Example.com"));
    }

    [Fact]
    public void Deny_list_reports_whole_words_ignoring_case()
    {
        var analyzer = new AnonymizerBuilder().WithoutBuiltInRecognizers().AddDenyList("TITLE", ["Mr", "Dr.", "Lady Grey"]).BuildAnalyzer();
        const string text = "Mr Smith met dr. Who and LADY GREY; Mrs and Drama are not titles.";
        var found = analyzer.Analyze(text).Select(m => m.TextIn(text).ToString()).ToArray();
        Assert.Equal(["Mr", "dr.", "LADY GREY"], found);
        Assert.All(analyzer.Analyze(text), m => Assert.Equal(1.0, m.Score));
    }

    [Fact]
    public void Ad_hoc_patterns_report_their_type_and_take_context_words()
    {
        var analyzer = new AnonymizerBuilder().WithoutBuiltInRecognizers()
            .AddPattern("EMPLOYEE_ID", @"\bEMP-\d{5}\b", 0.4, ["employee"])
            .BuildAnalyzer();
        var matches = analyzer.Analyze("employee EMP-12345 and later on also the EMP-99999");
        Assert.Equal(2, matches.Length);
        Assert.Equal(("EMPLOYEE_ID", 9, 18, 0.75), (matches[0].EntityType, matches[0].Start, matches[0].End, Math.Round(matches[0].Score, 6)));
        Assert.Equal(0.4, matches[1].Score, 6);
        Assert.Equal("Custom_EMPLOYEE_ID", matches[0].Recognizer);
    }

    [Fact]
    public void Ad_hoc_patterns_with_lookarounds_still_work_and_bad_ones_are_refused()
    {
        var analyzer = new AnonymizerBuilder().WithoutBuiltInRecognizers().AddPattern("CODE", @"(?<=code )\d+").BuildAnalyzer();
        Assert.Equal((5, 8), Assert.Single(analyzer.Analyze("code 123")) is var m ? (m.Start, m.End) : default);
        var error = Assert.Throws<ArgumentException>(() => new AnonymizerBuilder().AddPattern("X", "(unclosed"));
        Assert.Contains("Invalid regular expression", error.Message);
    }

    [Fact]
    public void Unbounded_regexes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new RegexPattern("p", new Regex("a+"), 0.5));
        Assert.True(RegexPattern.IsBounded(new Regex("a+", RegexOptions.NonBacktracking)));
    }

    [Fact]
    public void Entity_filter_reports_only_named_types_and_enables_recognizers_that_are_off_by_default()
    {
        var analyzer = new AnonymizerBuilder().WithoutBuiltInRecognizers()
            .AddRecognizer(TestRecognizers.SixDigits(name: "On"))
            .AddRecognizer(TestRecognizers.SixDigits(name: "Off", entity: "OFF_ID", enabledByDefault: false, score: 0.9))
            .BuildAnalyzer();
        Assert.Equal(["TEST_ID"], analyzer.Analyze("123456").Select(m => m.EntityType));
        Assert.Equal(["OFF_ID"], analyzer.Analyze("123456", new AnalysisOptions { Entities = ["OFF_ID"] }).Select(m => m.EntityType));
        Assert.Empty(analyzer.Analyze("123456", new AnalysisOptions { Entities = ["EMAIL_ADDRESS"] }));
    }

    [Fact]
    public void Countries_enable_their_recognizers()
    {
        AnonymizerBuilder Builder() => new AnonymizerBuilder().WithoutBuiltInRecognizers()
            .AddRecognizer(TestRecognizers.SixDigits(name: "De", entity: "DE_X", enabledByDefault: false, country: "DE"));
        Assert.Empty(Builder().BuildAnalyzer().Analyze("123456"));
        Assert.Single(Builder().WithCountries("de").BuildAnalyzer().Analyze("123456"));
        Assert.Throws<ArgumentException>(() => Builder().WithCountries("Germany"));
    }

    [Fact]
    public void Score_threshold_drops_weak_matches()
    {
        var builder = new AnonymizerBuilder().WithoutBuiltInRecognizers().AddRecognizer(TestRecognizers.SixDigits(score: 0.3));
        Assert.Single(builder.BuildAnalyzer().Analyze("123456"));
        Assert.Empty(builder.WithMinScore(0.5).BuildAnalyzer().Analyze("123456"));
        Assert.Single(builder.BuildAnalyzer().Analyze("123456", new AnalysisOptions { MinScore = 0.2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.WithMinScore(1.5));
    }

    [Fact]
    public void Overlaps_of_one_type_merge_into_their_union()
    {
        var analyzer = new AnonymizerBuilder().WithoutBuiltInRecognizers()
            .AddRecognizer(TestRecognizers.Fixed("A", "X", 0, 5, 0.5))
            .AddRecognizer(TestRecognizers.Fixed("B", "X", 3, 5, 0.7))
            .AddRecognizer(TestRecognizers.Fixed("C", "X", 4, 2, 0.1))
            .BuildAnalyzer();
        var match = Assert.Single(analyzer.Analyze("0123456789"));
        Assert.Equal((0, 8, 0.7, "B"), (match.Start, match.End, match.Score, match.Recognizer));
    }

    [Theory]
    [InlineData(0.9, 0.5, "A")]
    [InlineData(0.5, 0.9, "B")]
    public void Between_types_the_higher_score_wins(double scoreA, double scoreB, string winner)
    {
        var analyzer = new AnonymizerBuilder().WithoutBuiltInRecognizers()
            .AddRecognizer(TestRecognizers.Fixed("A", "X", 0, 5, scoreA))
            .AddRecognizer(TestRecognizers.Fixed("B", "Y", 3, 5, scoreB))
            .BuildAnalyzer();
        Assert.Equal(winner, Assert.Single(analyzer.Analyze("0123456789")).Recognizer);
    }

    [Fact]
    public void Between_types_a_tie_goes_to_the_longer_span_and_disjoint_matches_all_stay()
    {
        var analyzer = new AnonymizerBuilder().WithoutBuiltInRecognizers()
            .AddRecognizer(TestRecognizers.Fixed("Short", "X", 2, 3, 0.5))
            .AddRecognizer(TestRecognizers.Fixed("Long", "Y", 0, 6, 0.5))
            .AddRecognizer(TestRecognizers.Fixed("Apart", "Z", 7, 2, 0.1))
            .BuildAnalyzer();
        Assert.Equal(["Long", "Apart"], analyzer.Analyze("0123456789").Select(m => m.Recognizer));
    }

    [Fact]
    public void Recognizer_names_must_be_unique_and_can_be_removed()
    {
        var builder = new AnonymizerBuilder().AddRecognizer(TestRecognizers.SixDigits(name: "EmailRecognizer"));
        Assert.Throws<InvalidOperationException>(() => builder.BuildAnalyzer());
        var analyzer = new AnonymizerBuilder().RemoveRecognizer("EmailRecognizer").BuildAnalyzer();
        Assert.DoesNotContain(analyzer.Recognizers, r => r.Name == "EmailRecognizer");
    }

    [Fact]
    public void A_recognizer_reporting_outside_the_text_is_a_clear_error()
    {
        var analyzer = new AnonymizerBuilder().WithoutBuiltInRecognizers().AddRecognizer(TestRecognizers.Fixed("Bad", "X", 0, 50, 0.5, evenOutside: true)).BuildAnalyzer();
        var error = Assert.Throws<InvalidOperationException>(() => analyzer.Analyze("short"));
        Assert.Contains("'Bad'", error.Message);
    }

    [Fact]
    public void Explanation_names_pattern_validation_and_context()
    {
        var analyzer = new AnonymizerBuilder().BuildAnalyzer();
        var match = Assert.Single(analyzer.Analyze("email: jane@example.com"));
        Assert.Equal(ValidationOutcome.Valid, match.Explanation.Validation);
        Assert.Equal("email", match.Explanation.Pattern);
        Assert.Contains("checksum valid", match.Explanation.ToString());
    }

    [Fact]
    public void A_recognizer_that_analyzes_a_text_itself_leaves_the_calls_matches_intact()
    {
        // The nested call runs on the same thread as the outer one, while the outer one's matches are being collected.
        var nested = new AnonymizerBuilder().BuildAnalyzer();
        var analyzer = new AnonymizerBuilder().AddRecognizer(new NestedAnalysisRecognizer(nested)).BuildAnalyzer();
        const string text = "Write to jane.doe@example.com or call about order 12345.";
        var found = analyzer.Analyze(text).Select(m => (m.EntityType, m.TextIn(text).ToString())).ToArray();
        Assert.Equal([("EMAIL_ADDRESS", "jane.doe@example.com"), ("NESTED", "order")], found);
    }

    [Fact]
    public void Naming_entity_types_finds_what_the_default_call_finds_of_them()
    {
        var analyzer = new AnonymizerBuilder().BuildAnalyzer();
        const string text = "Mail jane.doe@example.com, call +1 415 555 0132 on 2024-01-31 from 192.168.0.1; SSN 536-22-8726.";
        string[] named = ["PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN"];
        var expected = analyzer.Analyze(text).Where(m => named.Contains(m.EntityType)).ToArray();
        Assert.Equal(3, expected.Length);
        Assert.Equal(expected, analyzer.Analyze(text, new AnalysisOptions { Entities = named }));
        Assert.Equal(expected, analyzer.Analyze(text, new AnalysisOptions { Entities = named }));
    }

    /// <summary>Reports the word "order" as NESTED, after analyzing the text with another analyzer on the same thread.</summary>
    private sealed class NestedAnalysisRecognizer(PiiAnalyzer nested) : Recognizer("NestedAnalysisRecognizer", ["NESTED"])
    {
        public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
        {
            Assert.NotEmpty(nested.Analyze(text));
            var at = text.IndexOf("order", StringComparison.Ordinal);
            if (at >= 0)
            {
                sink.Add(new PiiMatch("NESTED", at, 5, 0.9, Name, new MatchExplanation("word", ValidationOutcome.Undecided, 0.9)));
            }
        }
    }
}
