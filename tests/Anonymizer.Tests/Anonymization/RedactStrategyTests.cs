using Anonymizer.Anonymization;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Anonymization;

public sealed class RedactStrategyTests
{
    [Theory]
    [InlineData("jane@example.com")]
    [InlineData("x")]
    public void Writes_nothing(string value) => Assert.Equal("", StrategyHarness.Rewrite(RedactStrategy.Instance, value));

    [Fact]
    public void Removes_the_value_from_the_text()
    {
        var text = "Call 555-0100 now";
        var result = new TextAnonymizer(new AnonymizationPolicy(RedactStrategy.Instance)).Anonymize(text, [StrategyHarness.Match("PHONE_NUMBER", 5, 8)]);
        Assert.Equal("Call  now", result.Text);
        Assert.Equal("redact", result.Replacements[0].Strategy);
        Assert.Equal(0, result.Replacements[0].Length);
    }
}
