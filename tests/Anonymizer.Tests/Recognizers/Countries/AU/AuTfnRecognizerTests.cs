using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.AU;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.AU;

public sealed class AuTfnRecognizerTests
{
    private static readonly Recognizer Recognizer = AuTfnRecognizer.Create();

    [Theory]
    [InlineData("876 543 210", 0, 11)]
    [InlineData("876543210", 0, 9)]
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
        Assert.Equal([PiiEntityTypes.AuTfn], Recognizer.SupportedEntities);
        Assert.Equal("AU", Recognizer.Country);
    }

    [Theory]
    [InlineData("876 543 210", ValidationOutcome.Valid)]
    [InlineData("876 543 211", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, AuTfnRecognizer.Validate(candidate));
}
