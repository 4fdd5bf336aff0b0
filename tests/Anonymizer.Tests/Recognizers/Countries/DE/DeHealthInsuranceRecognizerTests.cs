using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DeHealthInsuranceRecognizerTests
{
    private static readonly Recognizer Recognizer = DeHealthInsuranceRecognizer.Create();

    [Theory]
    [InlineData("A000500015", 0, 10)]
    [InlineData("C000500021", 0, 10)]
    [InlineData("A123456780", 0, 10)]
    [InlineData("M123456785", 0, 10)]
    [InlineData("B123456782", 0, 10)]
    [InlineData("Z000000005", 0, 10)]
    [InlineData("Z999999997", 0, 10)]
    [InlineData("Krankenkasse KVNR: A123456780", 19, 29)]
    [InlineData("eGK-Nummer M123456785 bitte angeben.", 11, 21)]
    [InlineData("a123456780", 0, 10)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("A123456787")]
    [InlineData("M123456789")]
    [InlineData("1123456780")]
    [InlineData("A12345678")]
    [InlineData("A1234567890")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DeHealthInsurance], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }
}
