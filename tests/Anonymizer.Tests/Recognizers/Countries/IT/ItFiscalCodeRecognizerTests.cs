using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.IT;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.IT;

public sealed class ItFiscalCodeRecognizerTests
{
    private static readonly Recognizer Recognizer = ItFiscalCodeRecognizer.Create();

    [Theory]
    [InlineData("AAAAAA00B11C333Y", 0, 16)]
    [InlineData("AAAAAA00B11C333N", 0, 16)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("AAAAAA - 00B11C333N")]
    [InlineData("A55AAA00B11C333N")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "AAAAAA00B11C333Y and AAAAAA00B11C333N", (0, 16), (21, 37));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.ItFiscalCode], Recognizer.SupportedEntities);
        Assert.Equal("IT", Recognizer.Country);
    }

    [Theory]
    [InlineData("AAAAAA00B11C333Y", ValidationOutcome.Valid)]
    [InlineData("AAAAAA00B11C333N", ValidationOutcome.Undecided)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, ItFiscalCodeRecognizer.Validate(candidate));
}
