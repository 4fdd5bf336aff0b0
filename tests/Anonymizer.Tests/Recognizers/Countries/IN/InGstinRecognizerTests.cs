using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.IN;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.IN;

public sealed class InGstinRecognizerTests
{
    private static readonly Recognizer Recognizer = InGstinRecognizer.Create();

    [Theory]
    [InlineData("27ABCDE1234F1Z5", 0, 15)]
    [InlineData("07PQRST6789K1Z2", 0, 15)]
    [InlineData("01ABCDE1234F1Z5", 0, 15)]
    [InlineData("37ABCDE1234F1Z5", 0, 15)]
    [InlineData("My GSTIN number is 27ABCDE1234F1Z5 for business registration", 19, 34)]
    [InlineData("GST registration: 07PQRST6789K1Z2", 18, 33)]
    [InlineData("Tax identification GSTIN: 01ABCDE1234F1Z5", 26, 41)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("27ABCDE1234F1Z")]
    [InlineData("27ABCDE1234F1Z55")]
    [InlineData("00ABCDE1234F1Z5")]
    [InlineData("38ABCDE1234F1Z5")]
    [InlineData("27ABCDE1234F1Y5")]
    [InlineData("123456789012345")]
    [InlineData("ABCDEFGHIJKLMNO")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.InGstin], Recognizer.SupportedEntities);
        Assert.Equal("IN", Recognizer.Country);
    }

    [Theory]
    [InlineData("27ABCDE1234F1Z5", ValidationOutcome.Valid)]
    [InlineData("38ABCDE1234F1Z5", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, InGstinRecognizer.Validate(candidate));
}
