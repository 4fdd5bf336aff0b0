using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.AU;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.AU;

public sealed class AuMedicareRecognizerTests
{
    private static readonly Recognizer Recognizer = AuMedicareRecognizer.Create();

    [Theory]
    [InlineData("2123 45670 1", 0, 12)]
    [InlineData("2123456701", 0, 10)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("2123 25870 1")]
    [InlineData("2123258701")]
    [InlineData("212345670221")]
    [InlineData("2123456702AF")]
    [InlineData("123 456\n789")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.AuMedicare], Recognizer.SupportedEntities);
        Assert.Equal("AU", Recognizer.Country);
    }

    [Theory]
    [InlineData("2123 45670 1", ValidationOutcome.Valid)]
    [InlineData("2123 45671 1", ValidationOutcome.Invalid)]
    [InlineData("7123 45670 1", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, AuMedicareRecognizer.Validate(candidate));
}
