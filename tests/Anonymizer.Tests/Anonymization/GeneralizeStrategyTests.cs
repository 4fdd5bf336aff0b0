using Anonymizer.Anonymization;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Anonymization;

public sealed class GeneralizeStrategyTests
{
    [Theory]
    [InlineData("2024-03-05", DateGranularity.Year, "2024")]
    [InlineData("March 5, 2024", DateGranularity.Month, "2024-03")]
    [InlineData("not a date", DateGranularity.Year, "<DATE_TIME>")]
    public void Dates(string value, DateGranularity granularity, string expected) =>
        Assert.Equal(expected, StrategyHarness.Rewrite(new GeneralizeStrategy(new GeneralizeOptions { Date = granularity }), value, "DATE_TIME"));

    [Theory]
    [InlineData("94107", 3, "941**")]
    [InlineData("94107-1234", 3, "941**-****")]
    [InlineData("SW1A 1AA", 3, "SW1A ***")]
    [InlineData("10115", 2, "10***")]
    public void Postcodes(string value, int length, string expected) =>
        Assert.Equal(expected, StrategyHarness.Rewrite(new GeneralizeStrategy(new GeneralizeOptions { PostcodeLength = length }), value, "ZIP_CODE"));

    [Theory]
    [InlineData("37", "30-39")]
    [InlineData("age 5", "0-9")]
    [InlineData("89 years", "80-89")]
    [InlineData("93", "90+")]
    [InlineData("unknown", "<AGE>")]
    public void Ages(string value, string expected) =>
        Assert.Equal(expected, StrategyHarness.Rewrite(new GeneralizeStrategy(), value, "AGE"));

    [Fact]
    public void Age_band_width_and_cap() =>
        Assert.Equal("35-39", StrategyHarness.Rewrite(new GeneralizeStrategy(new GeneralizeOptions { Kind = GeneralizeKind.Age, AgeBand = 5, AgeCap = 80 }), "37", "X"));
}
