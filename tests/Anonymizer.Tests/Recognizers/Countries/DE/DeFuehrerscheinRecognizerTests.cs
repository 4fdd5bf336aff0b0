using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DeFuehrerscheinRecognizerTests
{
    private static readonly Recognizer Recognizer = DeFuehrerscheinRecognizer.Create();

    [Theory]
    [InlineData("BO12345678A", 0, 11)]
    [InlineData("Führerscheinnummer: BO12345678A", 20, 31)]
    [InlineData("mu12345678b", 0, 11)]
    [InlineData("GE123456780", 0, 11)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("BO12345678")]
    [InlineData("BO12345678AB")]
    [InlineData("12345678901")]
    [InlineData("B12345678A")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DeFuehrerschein], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }
}
