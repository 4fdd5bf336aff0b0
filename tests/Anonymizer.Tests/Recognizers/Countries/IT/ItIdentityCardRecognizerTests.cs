using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.IT;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.IT;

public sealed class ItIdentityCardRecognizerTests
{
    private static readonly Recognizer Recognizer = ItIdentityCardRecognizer.Create();

    [Theory]
    [InlineData("1234567Aa", 0, 9)]
    [InlineData("AA12345aa", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "AA1234567 aa 1234567", (0, 9), (10, 20));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.ItIdentityCard], Recognizer.SupportedEntities);
        Assert.Equal("IT", Recognizer.Country);
    }
}
