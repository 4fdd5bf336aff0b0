using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.US;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.US;

public sealed class UsMbiRecognizerTests
{
    private static readonly Recognizer Recognizer = UsMbiRecognizer.Create();

    [Theory]
    [InlineData("1EG4-TE5-MK73", 0, 13, 0.5)]
    [InlineData("9XX9-XX9-XX99", 0, 13, 0.5)]
    [InlineData("Medicare ID: 3CD5-FG7-HJ89", 13, 26, 0.5)]
    [InlineData("1eg4-te5-mk73", 0, 13, 0.5)]
    [InlineData("1EG4TE5MK73", 0, 11, 0.3)]
    [InlineData("The MBI is 4EF6GH8JK12 for this patient", 11, 22, 0.3)]
    [InlineData("1E94-T95-MK73", 0, 13, 0.5)]
    public void Finds_mbis(string text, int start, int end, double score)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(score, m.Score));
    }

    [Fact]
    public void Finds_each_of_several() =>
        RecognizerAssert.FindsExactly(Recognizer, "Patient 1EG4-TE5-MK73 and 2AG9-XC4-NN22", (8, 21), (26, 39));

    [Theory]
    [InlineData("1SG4-TE5-MK73")] // S excluded
    [InlineData("1EG4-LE5-MK73")] // L excluded
    [InlineData("1EG4-TE5-OK73")] // O excluded
    [InlineData("1EG4-TE5-MI73")] // I excluded
    [InlineData("1BG4-TE5-MK73")] // B excluded
    [InlineData("1EG4-ZE5-MK73")] // Z excluded
    [InlineData("AEG4-TE5-MK73")] // position 1 must be 1-9
    [InlineData("0EG4-TE5-MK73")]
    [InlineData("12G4-TE5-MK73")] // position 2 must be a letter
    [InlineData("1EG4TE5MK7")]
    [InlineData("1EG4TE5MK734")]
    [InlineData("1EG4-TE5MK73")]
    public void Rejects_invalid(string text) => RecognizerAssert.FindsExactly(Recognizer, text);
}
