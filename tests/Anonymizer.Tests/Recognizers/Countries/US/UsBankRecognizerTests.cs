using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.US;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.US;

public sealed class UsBankRecognizerTests
{
    private static readonly Recognizer Recognizer = UsBankRecognizer.Create();

    [Theory]
    [InlineData("945456787654", 0, 12)]
    [InlineData("12345678", 0, 8)]
    [InlineData("acct 12345678901234567.", 5, 22)]
    public void Finds_account_numbers(string text, int start, int end)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(0.05, m.Score));
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789012345678")]
    [InlineData("12345678A")]
    [InlineData("3.14159265358")]
    public void Rejects_other_runs(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Is_off_by_default() => Assert.False(Recognizer.EnabledByDefault);
}
