using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.IN;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.IN;

public sealed class InPassportRecognizerTests
{
    private static readonly Recognizer Recognizer = InPassportRecognizer.Create();

    [Theory]
    [InlineData("A3456781", 0, 8)]
    [InlineData("B3097651", 0, 8)]
    [InlineData("C3590543", 0, 8)]
    [InlineData("my passport number is T3569075", 22, 30)]
    [InlineData("passport number: J6932157", 17, 25)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("b0097650")]
    [InlineData("my passport number is T356907")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.InPassport], Recognizer.SupportedEntities);
        Assert.Equal("IN", Recognizer.Country);
    }
}
