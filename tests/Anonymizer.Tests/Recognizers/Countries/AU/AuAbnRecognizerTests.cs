using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.AU;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.AU;

public sealed class AuAbnRecognizerTests
{
    private static readonly Recognizer Recognizer = AuAbnRecognizer.Create();

    [Theory]
    [InlineData("51 824 753 556", 0, 14)]
    [InlineData("51824753556", 0, 11)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("52 824 753 556")]
    [InlineData("52824753556")]
    [InlineData("00000000560")]
    [InlineData("5282475355632")]
    [InlineData("52824753556AF")]
    [InlineData("51 824 753 5564")]
    [InlineData("123 456\n789")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.AuAbn], Recognizer.SupportedEntities);
        Assert.Equal("AU", Recognizer.Country);
    }

    [Theory]
    [InlineData("51 824 753 556", ValidationOutcome.Valid)]
    [InlineData("51 824 753 557", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, AuAbnRecognizer.Validate(candidate));
}
