using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DeKfzRecognizerTests
{
    private static readonly Recognizer Recognizer = DeKfzRecognizer.Create();

    [Theory]
    [InlineData("B AB 1234", 0, 9)]
    [InlineData("Kennzeichen: HH-AB-1234.", 13, 23)]
    [InlineData("MIL EF 1234E", 0, 12)]
    [InlineData("KA EF 12H", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("BAB1234")]
    [InlineData("B 1234")]
    [InlineData("BXYZ AB 1234")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DeKfz], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }
}
