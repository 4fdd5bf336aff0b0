using System.Globalization;
using Anonymizer.Anonymization;
using Anonymizer.Keys;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Anonymization;

public sealed class DateShiftStrategyTests
{
    private static readonly DateShiftStrategy Strategy = new(StrategyHarness.KeyA);

    [Theory]
    [InlineData("2024-03-05", "yyyy-MM-dd")]
    [InlineData("03/05/2024", "MM/dd/yyyy")]
    [InlineData("3/5/2024", "M/d/yyyy")]
    [InlineData("05.03.2024", "dd.MM.yyyy")]
    [InlineData("March 5, 2024", "MMMM d, yyyy")]
    [InlineData("5 Mar 2024", "d MMM yyyy")]
    [InlineData("2024-03-05T10:30:00", "yyyy-MM-dd'T'HH:mm:ss")]
    [InlineData("2024-03-05T10:30:00.120Z", "yyyy-MM-dd'T'HH:mm:ss.fff'Z'")]
    public void Shifts_by_the_key_offset_keeping_the_form(string value, string format)
    {
        var original = DateTime.ParseExact(value, format, CultureInfo.InvariantCulture);
        var shifted = StrategyHarness.Rewrite(Strategy, value, "DATE_TIME");
        var parsed = DateTime.ParseExact(shifted, format, CultureInfo.InvariantCulture);
        Assert.Equal(Strategy.OffsetDays, (parsed - original).Days);
        Assert.NotEqual(value, shifted);
    }

    [Fact]
    public void Keeps_intervals_and_differs_per_key()
    {
        var a = DateTime.Parse(StrategyHarness.Rewrite(Strategy, "2024-01-01"), CultureInfo.InvariantCulture);
        var b = DateTime.Parse(StrategyHarness.Rewrite(Strategy, "2024-01-31"), CultureInfo.InvariantCulture);
        Assert.Equal(30, (b - a).Days);
        Assert.NotEqual(Strategy.OffsetDays, new DateShiftStrategy(StrategyHarness.KeyB).OffsetDays);
    }

    [Fact]
    public void Offset_lies_in_the_range_and_is_never_zero()
    {
        foreach (var i in Enumerable.Range(0, 50))
        {
            using var key = AnonymizationKey.Generate();
            var offset = new DateShiftStrategy(key, new DateShiftOptions { MinDays = -3, MaxDays = 3 }).OffsetDays;
            Assert.InRange(offset, -3, 3);
            Assert.NotEqual(0, offset);
        }
    }

    [Fact]
    public void Day_first_reads_ambiguous_dates_as_day_month()
    {
        var strategy = new DateShiftStrategy(StrategyHarness.KeyA, new DateShiftOptions { DayFirst = true, MinDays = 1, MaxDays = 1 });
        Assert.Equal("04/03/2024", StrategyHarness.Rewrite(strategy, "03/03/2024"));
        Assert.Equal("01/02/2024", StrategyHarness.Rewrite(strategy, "31/01/2024"));
    }

    [Fact]
    public void An_unreadable_date_is_replaced_by_its_tag() =>
        Assert.Equal("<DATE_TIME>", StrategyHarness.Rewrite(Strategy, "next Tuesday", "DATE_TIME"));

    [Fact]
    public void Needs_a_key() => Assert.Contains("ANONYMIZER_KEY", Assert.Throws<KeyRequiredException>(() => new DateShiftStrategy(null)).Message);

    [Fact]
    public void Rejects_an_empty_range() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DateShiftStrategy(StrategyHarness.KeyA, new DateShiftOptions { MinDays = 5, MaxDays = 1 }));
}
