using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.IT;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.IT;

public sealed class ItPassportRecognizerTests
{
    private static readonly Recognizer Recognizer = ItPassportRecognizer.Create();

    [Theory]
    [InlineData("AA1234567", 0, 9)]
    [InlineData("aa7654321", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.ItPassport], Recognizer.SupportedEntities);
        Assert.Equal("IT", Recognizer.Country);
    }
}
