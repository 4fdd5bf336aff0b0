using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.US;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.US;

public sealed class UsItinRecognizerTests
{
    private static readonly Recognizer Recognizer = UsItinRecognizer.Create();

    [Theory]
    [InlineData("911-70-1234", 0, 11, 0.5)]
    [InlineData("911-53-1234", 0, 11, 0.5)]
    [InlineData("911-64-1234", 0, 11, 0.5)]
    [InlineData("911 94 1234", 0, 11, 0.5)]
    [InlineData("my itin: 900-99-0000.", 9, 20, 0.5)]
    [InlineData("911701234", 0, 9, 0.3)]
    [InlineData("911-701234", 0, 10, 0.05)]
    [InlineData("91170-1234", 0, 10, 0.05)]
    public void Finds_itins(string text, int start, int end, double score)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(score, m.Score));
    }

    [Theory]
    [InlineData("911-89-1234")] // group 89 not issued
    [InlineData("911-93-1234")] // group 93 not issued
    [InlineData("911-66-1234")]
    [InlineData("911-49-1234")]
    [InlineData("811-70-1234")] // must start with 9
    [InlineData("911-70 1234")] // mixed separators
    [InlineData("911-70-12345")]
    [InlineData("my tax id 911-89-1234")]
    public void Rejects_non_itins(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several() =>
        RecognizerAssert.FindsExactly(Recognizer, "911-701234 91170-1234", (0, 10), (11, 21));
}
