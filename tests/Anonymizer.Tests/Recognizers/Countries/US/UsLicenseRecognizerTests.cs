using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.US;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.US;

public sealed class UsLicenseRecognizerTests
{
    private static readonly Recognizer Recognizer = UsLicenseRecognizer.Create();

    [Theory]
    [InlineData("H12234567", 0, 9, 0.3)]
    [InlineData("license D1234567 issued", 8, 16, 0.3)]
    [InlineData("AB123456", 0, 8, 0.3)]
    [InlineData("12ABC12345", 0, 10, 0.3)]
    [InlineData("123456789A", 0, 10, 0.3)]
    [InlineData("A1B2C", 0, 5, 0.3)]
    [InlineData("SMITHJ*123AB", 0, 12, 0.4)]
    [InlineData("DOEJOHN123XY", 0, 12, 0.4)]
    [InlineData("123456", 0, 6, 0.01)]
    public void Finds_licence_numbers(string text, int start, int end, double score)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.Contains(RecognizerAssert.Run(Recognizer, text), m => m.Score == score);
    }

    [Fact]
    public void Finds_digit_runs_of_6_to_14_digits() =>
        RecognizerAssert.FindsExactly(
            Recognizer,
            "123456789 1234567890 12345679012 123456790123 1234567901234 1234",
            (0, 9), (10, 20), (21, 32), (33, 45), (46, 59));

    [Theory]
    [InlineData("C12T345672")]
    [InlineData("ABCDEFG ABCDEFGH ABCDEFGHI")]
    [InlineData("ABCD ABCDEFGHIJ")]
    [InlineData("ABCDEFGHIJKL")] // WA shape needs a digit or *
    [InlineData("12345")]
    [InlineData("123456789012345")]
    public void Rejects_other_shapes(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Is_off_by_default() => Assert.False(Recognizer.EnabledByDefault);
}
