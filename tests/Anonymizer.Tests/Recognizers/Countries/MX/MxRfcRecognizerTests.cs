using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.MX;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.MX;

public sealed class MxRfcRecognizerTests
{
    private static readonly Recognizer Recognizer = MxRfcRecognizer.Create();

    [Theory]
    [InlineData("GODE561231GR8", 0, 13)]
    [InlineData("RFC: ABC680524P73", 5, 17)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("GODE561231GR9")]
    [InlineData("GODE561331GR8")]
    [InlineData("ABC680524P74")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.MxRfc], Recognizer.SupportedEntities);
        Assert.Equal("MX", Recognizer.Country);
    }

    [Theory]
    [InlineData("GODE561231GR8", ValidationOutcome.Valid)]
    [InlineData("GODE561231GR9", ValidationOutcome.Invalid)]
    [InlineData("ABC680524P73", ValidationOutcome.Valid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, MxRfcRecognizer.Validate(candidate));
}
