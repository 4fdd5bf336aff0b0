using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DePlzRecognizerTests
{
    private static readonly Recognizer Recognizer = DePlzRecognizer.Create();

    [Theory]
    [InlineData("10115", 0, 5)]
    [InlineData("PLZ 80331", 4, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("00000")]
    [InlineData("01000")]
    [InlineData("99999")]
    [InlineData("101150")]
    [InlineData("1011")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DePlz], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }

    [Theory]
    [InlineData("10115", ValidationOutcome.Undecided)]
    [InlineData("00000", ValidationOutcome.Invalid)]
    [InlineData("99999", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, DePlzRecognizer.Validate(candidate));
}
