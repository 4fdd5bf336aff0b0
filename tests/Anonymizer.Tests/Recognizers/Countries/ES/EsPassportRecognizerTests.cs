using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.ES;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.ES;

public sealed class EsPassportRecognizerTests
{
    private static readonly Recognizer Recognizer = EsPassportRecognizer.Create();

    [Theory]
    [InlineData("AAA123456", 0, 9)]
    [InlineData("XYZ987654", 0, 9)]
    [InlineData("Mi pasaporte es AAA123456", 16, 25)]
    [InlineData("AAA123456 es mi número de pasaporte", 0, 9)]
    [InlineData("aaa123456", 0, 9)]
    [InlineData("xyz987654", 0, 9)]
    [InlineData("Mi pasaporte es aaa123456", 16, 25)]
    [InlineData("aaa123456 es mi número de pasaporte", 0, 9)]
    [InlineData("AaA123456", 0, 9)]
    [InlineData("XyZ987654", 0, 9)]
    [InlineData("Mi pasaporte es AaA123456", 16, 25)]
    [InlineData("AaA123456 es mi número de pasaporte", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("AA123456")]
    [InlineData("AAAA12345")]
    [InlineData("AAA12345")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.EsPassport], Recognizer.SupportedEntities);
        Assert.Equal("ES", Recognizer.Country);
    }
}
