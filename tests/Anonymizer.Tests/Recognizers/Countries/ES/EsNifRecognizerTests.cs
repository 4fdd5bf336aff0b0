using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.ES;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.ES;

public sealed class EsNifRecognizerTests
{
    private static readonly Recognizer Recognizer = EsNifRecognizer.Create();

    [Theory]
    [InlineData("55555555K", 0, 9)]
    [InlineData("55555555-K", 0, 10)]
    [InlineData("1111111-G", 0, 9)]
    [InlineData("1111111G", 0, 8)]
    [InlineData("01111111G", 0, 9)]
    [InlineData("55555555k", 0, 9)]
    [InlineData("12345678z", 0, 9)]
    [InlineData("12345678Z", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("401-023-2138")]
    [InlineData("12345678a")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.EsNif], Recognizer.SupportedEntities);
        Assert.Equal("ES", Recognizer.Country);
    }

    [Theory]
    [InlineData("12345678Z", ValidationOutcome.Valid)]
    [InlineData("12345678A", ValidationOutcome.Invalid)]
    [InlineData("1111111-G", ValidationOutcome.Valid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, EsNifRecognizer.Validate(candidate));
}
