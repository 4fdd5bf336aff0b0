using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.AU;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.AU;

public sealed class AuAcnRecognizerTests
{
    private static readonly Recognizer Recognizer = AuAcnRecognizer.Create();

    [Theory]
    [InlineData("000 000 019", 0, 11)]
    [InlineData("005 499 981", 0, 11)]
    [InlineData("006249976", 0, 9)]
    [InlineData("000000180", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("824 753 557")]
    [InlineData("824753557")]
    [InlineData("5282475355632")]
    [InlineData("52824753556AF")]
    [InlineData("51 824 753 5564")]
    [InlineData("123 456\n789")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.AuAcn], Recognizer.SupportedEntities);
        Assert.Equal("AU", Recognizer.Country);
    }

    [Theory]
    [InlineData("005 499 981", ValidationOutcome.Valid)]
    [InlineData("005 499 982", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, AuAcnRecognizer.Validate(candidate));
}
