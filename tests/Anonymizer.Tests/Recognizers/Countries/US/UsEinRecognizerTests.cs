using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.US;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.US;

public sealed class UsEinRecognizerTests
{
    private static readonly Recognizer Recognizer = UsEinRecognizer.Create();

    [Theory]
    [InlineData("12-3456789", 0, 10)]
    [InlineData("EIN: 98-7654321", 5, 15)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("00-1234567")]
    [InlineData("07-1234567")]
    [InlineData("123-45-6789")]
    [InlineData("12-34567890")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.UsEin], Recognizer.SupportedEntities);
        Assert.Equal("US", Recognizer.Country);
    }

    [Theory]
    [InlineData("12-3456789", ValidationOutcome.Undecided)]
    [InlineData("00-1234567", ValidationOutcome.Invalid)]
    [InlineData("89-1234567", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, UsEinRecognizer.Validate(candidate));
}
