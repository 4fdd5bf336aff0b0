using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DeTaxNumberRecognizerTests
{
    private static readonly Recognizer Recognizer = DeTaxNumberRecognizer.Create();

    [Theory]
    [InlineData("0281508150123", 0, 13)]
    [InlineData("St.-Nr. 123/456/78901 bitte angeben.", 8, 21)]
    [InlineData("12/345/6789", 0, 11)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("1781508150001")]
    [InlineData("0081508150001")]
    [InlineData("028150815012")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DeTaxNumber], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }

    [Theory]
    [InlineData("0281508150123", ValidationOutcome.Undecided)]
    [InlineData("1781508150001", ValidationOutcome.Invalid)]
    [InlineData("123/456/78901", ValidationOutcome.Undecided)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, DeTaxNumberRecognizer.Validate(candidate));
}
