using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.KR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.KR;

public sealed class KrFrnRecognizerTests
{
    private static readonly Recognizer Recognizer = KrFrnRecognizer.Create();

    [Theory]
    [InlineData("911124-5678901", 0, 14)]
    [InlineData("9111245678901", 0, 13)]
    [InlineData("000505-7637892", 0, 14)]
    [InlineData("0005056637892", 0, 13)]
    [InlineData("His Korean FRN is 911124-5678901", 18, 32)]
    [InlineData("911124-5678906", 0, 14)]
    [InlineData("9111245678906", 0, 13)]
    [InlineData("050912-6000012", 0, 14)]
    [InlineData("0509126000012", 0, 13)]
    [InlineData("His FRN is 9111245678906", 11, 24)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("001332-1234567")]
    [InlineData("0013321234567")]
    [InlineData("960121+1021413")]
    [InlineData("960111-10214131")]
    [InlineData("960303-0021413")]
    [InlineData("760413-1212134")]
    [InlineData("000402-2214431")]
    [InlineData("051102-9234110")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.KrFrn], Recognizer.SupportedEntities);
        Assert.Equal("KR", Recognizer.Country);
    }

    [Theory]
    [InlineData("911124-5678906", ValidationOutcome.Valid)]
    [InlineData("911124-5678901", ValidationOutcome.Undecided)]
    [InlineData("760413-1212134", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, KrFrnRecognizer.Validate(candidate));
}
