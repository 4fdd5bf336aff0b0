using Anonymizer.Analysis;
using Anonymizer.Recognizers.Generic;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Generic;

public sealed class UrlRecognizerTests
{
    private static readonly Recognizer Recognizer = UrlRecognizer.Create();

    [Theory]
    [InlineData("https://www.microsoft.com/", 0, 26, 0.6)]
    [InlineData("http://microsoft.com", 0, 20, 0.6)]
    [InlineData("http://microsoft.vlaanderen", 0, 27, 0.6)]     // any alphabetic TLD after a scheme
    [InlineData("https://webhook.site/a8eedfd6-9d8a-44e0-b0fc-cc7d517db5dc?q=1&b=2", 0, 65, 0.6)]
    [InlineData("see https://example.org/a/b.html.", 4, 32, 0.6)]
    [InlineData("(https://example.org/x)", 1, 22, 0.6)]
    [InlineData("http://user@example.org:8080/p", 0, 30, 0.6)]
    [InlineData("http://10.0.0.1/admin", 0, 21, 0.6)]
    [InlineData("microsoft.com", 0, 13, 0.5)]
    [InlineData("visit www.example.co.uk/about, now", 6, 29, 0.5)]
    public void Finds_urls(string text, int start, int end, double score)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.Equal(score, RecognizerAssert.Run(Recognizer, text).Max(m => m.Score));
    }

    [Theory]
    [InlineData("www.microsoft")]
    [InlineData("'www.microsoft'")]
    [InlineData("http://microsoft")]
    [InlineData("example.invalidtld")]
    [InlineData("info@presidio.site")]
    [InlineData("jane.doe@example.com")]
    [InlineData("see readme.md and setup.py")]
    [InlineData("e.g. i.e. 3.14")]
    [InlineData("no url here")]
    public void Rejects_non_urls(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_a_quoted_url_with_its_quotes_and_the_analyzer_keeps_the_union()
    {
        const string text = "\"https://presidio.dataprivacystack.org/\"";
        RecognizerAssert.FindsExactly(Recognizer, text, (0, 40), (1, 39));
        var matches = new AnonymizerBuilder().BuildAnalyzer().Analyze(text, new AnalysisOptions { Entities = [PiiEntityTypes.Url] });
        Assert.Equal([(0, 40)], matches.Select(m => (m.Start, m.End)).ToArray());
    }

    [Fact]
    public void Finds_each_of_several_domains() =>
        RecognizerAssert.FindsExactly(Recognizer, "my domains: microsoft.com google.co.il", (12, 25), (26, 38));

    [Fact]
    public void Analyzer_reports_an_email_address_as_email_only()
    {
        var analyzer = new AnonymizerBuilder().BuildAnalyzer();
        const string text = "Write to jane.doe@example.com or see www.example.com";
        var matches = analyzer.Analyze(text);
        Assert.Equal(
            [("EMAIL_ADDRESS", 9, 29), ("URL", 37, 52)],
            matches.Select(m => (m.EntityType, m.Start, m.End)).ToArray());
    }

    [Theory]
    [InlineData("https://example.org", ValidationOutcome.Undecided)]
    [InlineData("https://example", ValidationOutcome.Invalid)]
    [InlineData("example.com", ValidationOutcome.Undecided)]
    [InlineData("example.zzzz", ValidationOutcome.Invalid)]
    [InlineData("www.example", ValidationOutcome.Invalid)]
    public void Invalidate(string candidate, ValidationOutcome expected) => Assert.Equal(expected, UrlRecognizer.Invalidate(candidate));
}
