using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.IN;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.IN;

public sealed class InPanRecognizerTests
{
    private static readonly Recognizer Recognizer = InPanRecognizer.Create();

    [Theory]
    [InlineData("AAASA1111R", 0, 10)]
    [InlineData("ABCPD1234Z", 0, 10)]
    [InlineData("ABCND1234Z", 0, 10)]
    [InlineData("A1111DFSFS", 0, 10)]
    [InlineData("My PAN number is ABBPM4567S with a lot of text beyond it", 17, 27)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("ABCD1234")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.InPan], Recognizer.SupportedEntities);
        Assert.Equal("IN", Recognizer.Country);
    }
}
