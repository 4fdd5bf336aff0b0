using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DeVatIdRecognizerTests
{
    private static readonly Recognizer Recognizer = DeVatIdRecognizer.Create();

    [Theory]
    [InlineData("DE136695976", 0, 11)]
    [InlineData("DE 136 695 976", 0, 14)]
    [InlineData("USt-IdNr.: DE136695976", 11, 22)]
    [InlineData("USt-IdNr. DE 136-695.976", 10, 24)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("AT123456789")]
    [InlineData("FR12345678901")]
    [InlineData("DE12345678")]
    [InlineData("DE1234567890")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DeVatId], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }

    [Theory]
    [InlineData("DE136695976", ValidationOutcome.Valid)]
    [InlineData("DE123456789", ValidationOutcome.Undecided)]
    [InlineData("AT123456789", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, DeVatIdRecognizer.Validate(candidate));
}
