using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.FR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.FR;

public sealed class FrSirenRecognizerTests
{
    private static readonly Recognizer Recognizer = FrSirenRecognizer.Create();

    [Theory]
    [InlineData("732 829 320", 0, 11)]
    [InlineData("SIREN 732829320 (RCS Paris)", 6, 15)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("732829321")]
    [InlineData("732 829 321")]
    [InlineData("000000000")]
    [InlineData("732 829 320 00074")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.FrSiren], Recognizer.SupportedEntities);
        Assert.Equal("FR", Recognizer.Country);
    }

    [Theory]
    [InlineData("732829320", ValidationOutcome.Valid)]
    [InlineData("732829321", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, FrSirenRecognizer.Validate(candidate));
}
