using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.KR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.KR;

public sealed class KrRrnRecognizerTests
{
    private static readonly Recognizer Recognizer = KrRrnRecognizer.Create();

    [Theory]
    [InlineData("960121-1234567", 0, 14)]
    [InlineData("9601211234567", 0, 13)]
    [InlineData("000505-3637892", 0, 14)]
    [InlineData("0005053637892", 0, 13)]
    [InlineData("His Korean RRN is 960121-1234567", 18, 32)]
    [InlineData("960121-1021413", 0, 14)]
    [InlineData("9601211021413", 0, 13)]
    [InlineData("050912-2000019", 0, 14)]
    [InlineData("0509122000019", 0, 13)]
    [InlineData("His RRN is 9601211021413", 11, 24)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("001332-1234567")]
    [InlineData("0013321234567")]
    [InlineData("960121+1021413")]
    [InlineData("960111-10214131")]
    [InlineData("960303-0021413")]
    [InlineData("760413-5212134")]
    [InlineData("000402-6214431")]
    [InlineData("051102-9234110")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.KrRrn], Recognizer.SupportedEntities);
        Assert.Equal("KR", Recognizer.Country);
    }

    [Theory]
    [InlineData("960121-1021413", ValidationOutcome.Valid)]
    [InlineData("960121-1021414", ValidationOutcome.Undecided)]
    [InlineData("001332-1234567", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, KrRrnRecognizer.Validate(candidate));
}
