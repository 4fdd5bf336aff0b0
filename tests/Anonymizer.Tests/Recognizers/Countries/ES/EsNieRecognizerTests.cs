using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.ES;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.ES;

public sealed class EsNieRecognizerTests
{
    private static readonly Recognizer Recognizer = EsNieRecognizer.Create();

    [Theory]
    [InlineData("Z8078221M", 0, 9)]
    [InlineData("X9613851N", 0, 9)]
    [InlineData("Y8063915Z", 0, 9)]
    [InlineData("Y8063915-Z", 0, 10)]
    [InlineData("Mi NIE es X9613851N", 10, 19)]
    [InlineData("Z8078221M en mi NIE", 0, 9)]
    [InlineData("Mi Número de identificación de extranjero es Y8063915-Z", 45, 55)]
    [InlineData("x9613851n", 0, 9)]
    [InlineData("z8078221m", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("Y8063915Q")]
    [InlineData("Y806391Q")]
    [InlineData("58063915Q")]
    [InlineData("W8063915Q")]
    [InlineData("x9613851q")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.EsNie], Recognizer.SupportedEntities);
        Assert.Equal("ES", Recognizer.Country);
    }

    [Theory]
    [InlineData("X9613851N", ValidationOutcome.Valid)]
    [InlineData("X9613851Q", ValidationOutcome.Invalid)]
    [InlineData("Y8063915-Z", ValidationOutcome.Valid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, EsNieRecognizer.Validate(candidate));
}
