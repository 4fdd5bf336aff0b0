using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DeHandelsregisterRecognizerTests
{
    private static readonly Recognizer Recognizer = DeHandelsregisterRecognizer.Create();

    [Theory]
    [InlineData("HRB 123456", 0, 10)]
    [InlineData("Amtsgericht München HRB 12345.", 20, 29)]
    [InlineData("HRA12345", 0, 8)]
    [InlineData("hrb 12345", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("HRC 12345")]
    [InlineData("HR 12345")]
    [InlineData("HRB 1234567")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DeHandelsregister], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }
}
