using Anonymizer.Anonymization;
using Anonymizer.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Anonymization;

public sealed class MaskStrategyTests
{
    [Theory]
    [InlineData("4111 1111 1111 1111", 4, "**** **** **** 1111")]
    [InlineData("4111-1111-1111-1111", 4, "****-****-****-1111")]
    [InlineData("4111111111111111", 0, "****************")]
    [InlineData("123", 4, "123")]
    public void Keeps_the_last_digits_and_the_separators(string value, int keepLast, string expected) =>
        Assert.Equal(expected, StrategyHarness.Rewrite(new MaskStrategy(new MaskOptions { KeepLast = keepLast }), value));

    [Fact]
    public void Masks_a_count_from_the_start_or_the_end()
    {
        Assert.Equal("###e@example.com", StrategyHarness.Rewrite(new MaskStrategy(new MaskOptions { MaskChar = '#', Count = 3 }), "jane@example.com"));
        Assert.Equal("jane@example.###", StrategyHarness.Rewrite(new MaskStrategy(new MaskOptions { MaskChar = '#', Count = 3, FromEnd = true }), "jane@example.com"));
    }

    [Fact]
    public void Without_keep_separators_every_character_is_masked() =>
        Assert.Equal("*******", StrategyHarness.Rewrite(new MaskStrategy(new MaskOptions { KeepSeparators = false }), "555-010"));

    [Fact]
    public void From_the_end_with_keep_last_masks_before_the_kept_characters() =>
        Assert.Equal("41111111****1111", StrategyHarness.Rewrite(new MaskStrategy(new MaskOptions { Count = 4, FromEnd = true, KeepLast = 4 }), "4111111111111111"));

    [Fact]
    public void Rejects_negative_options()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaskStrategy(new MaskOptions { KeepLast = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaskStrategy(new MaskOptions { Count = -1 }));
    }

    [Property]
    public Property Keeps_length_and_separators(NonNull<string> value, byte keepLast, bool fromEnd)
    {
        var strategy = new MaskStrategy(new MaskOptions { KeepLast = keepLast % 8, FromEnd = fromEnd, MaskChar = 'X' });
        var masked = StrategyHarness.Rewrite(strategy, value.Get);
        return (masked.Length == value.Get.Length && StrategyHarness.Separators(masked) == StrategyHarness.Separators(value.Get))
            .ToProperty();
    }
}
