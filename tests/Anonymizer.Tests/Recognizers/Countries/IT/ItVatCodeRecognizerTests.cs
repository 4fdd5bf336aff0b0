using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.IT;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.IT;

public sealed class ItVatCodeRecognizerTests
{
    private static readonly Recognizer Recognizer = ItVatCodeRecognizer.Create();

    [Theory]
    [InlineData("01333550323", 0, 11)]
    [InlineData("00000000000 and 01333550323", 16, 27)]
    [InlineData("01333550_323", 0, 12)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("00000000000")]
    [InlineData("00000000001")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.ItVatCode], Recognizer.SupportedEntities);
        Assert.Equal("IT", Recognizer.Country);
    }

    [Theory]
    [InlineData("01333550323", ValidationOutcome.Valid)]
    [InlineData("01333550324", ValidationOutcome.Invalid)]
    [InlineData("00000000000", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, ItVatCodeRecognizer.Validate(candidate));
}
