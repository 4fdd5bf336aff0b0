using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.NL;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.NL;

public sealed class NlBsnRecognizerTests
{
    private static readonly Recognizer Recognizer = NlBsnRecognizer.Create();

    [Theory]
    [InlineData("111222333", 0, 9)]
    [InlineData("Mijn BSN: 1234.56.782", 10, 21)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("123456781")]
    [InlineData("111111111")]
    [InlineData("1234.56.781")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.NlBsn], Recognizer.SupportedEntities);
        Assert.Equal("NL", Recognizer.Country);
    }

    [Theory]
    [InlineData("123456782", ValidationOutcome.Valid)]
    [InlineData("123456781", ValidationOutcome.Invalid)]
    [InlineData("000000000", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, NlBsnRecognizer.Validate(candidate));
}
