using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.US;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.US;

public sealed class UsPassportRecognizerTests
{
    private static readonly Recognizer Recognizer = UsPassportRecognizer.Create();

    [Theory]
    [InlineData("912803456", 0, 9, 0.05)]
    [InlineData("Z12803456", 0, 9, 0.1)]
    [InlineData("my travel document is A12803456", 22, 31, 0.1)]
    [InlineData("passport: 912803456.", 10, 19, 0.05)]
    public void Finds_passport_numbers(string text, int start, int end, double score)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(score, m.Score));
    }

    [Theory]
    [InlineData("91280345")]
    [InlineData("9128034567")]
    [InlineData("AB1280345")]
    [InlineData("a12803456")]
    [InlineData("Z128034567")]
    public void Rejects_other_shapes(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Is_off_by_default_and_american() => Assert.Equal((false, "US"), (Recognizer.EnabledByDefault, Recognizer.Country));
}
