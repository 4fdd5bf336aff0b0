using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DeIdCardRecognizerTests
{
    private static readonly Recognizer Recognizer = DeIdCardRecognizer.Create();

    [Theory]
    [InlineData("L01X00T44", 0, 9)]
    [InlineData("C01234565", 0, 9)]
    [InlineData("CZ6311T03", 0, 9)]
    [InlineData("G00000002", 0, 9)]
    [InlineData("Personalausweis: L01X00T44.", 17, 26)]
    [InlineData("l01x00t44", 0, 9)]
    [InlineData("T22000129", 0, 9)]
    [InlineData("T00000000", 0, 9)]
    [InlineData("T99999999", 0, 9)]
    [InlineData("Ausweis Nr. T22000129 gültig bis 2025.", 12, 21)]
    [InlineData("t22000129", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("L01X00T47")]
    [InlineData("C01234567")]
    [InlineData("T2200012")]
    [InlineData("T220001290")]
    [InlineData("123456789")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DeIdCard], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }
}
