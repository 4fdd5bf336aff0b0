using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DeBsnrRecognizerTests
{
    private static readonly Recognizer Recognizer = DeBsnrRecognizer.Create();

    [Theory]
    [InlineData("021234568", 0, 9)]
    [InlineData("521234567", 0, 9)]
    [InlineData("711234567", 0, 9)]
    [InlineData("351234567", 0, 9)]
    [InlineData("Betriebsstättennummer: 021234568", 23, 32)]
    [InlineData("BSNR 711234567 der Praxis.", 5, 14)]
    [InlineData("991234567", 0, 9)]
    [InlineData("051234567", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("000000000")]
    [InlineData("02123456")]
    [InlineData("0212345689")]
    [InlineData("02123456A")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DeBsnr], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }
}
