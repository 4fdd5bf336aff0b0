using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.JP;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.JP;

public sealed class JpMyNumberRecognizerTests
{
    private static readonly Recognizer Recognizer = JpMyNumberRecognizer.Create();

    [Theory]
    [InlineData("123456789018", 0, 12)]
    [InlineData("マイナンバー: 9876 5432 1093", 8, 22)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("123456789019")]
    [InlineData("111111111111")]
    [InlineData("9876 5432 1094")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.JpMyNumber], Recognizer.SupportedEntities);
        Assert.Equal("JP", Recognizer.Country);
    }

    [Theory]
    [InlineData("123456789018", ValidationOutcome.Valid)]
    [InlineData("123456789019", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, JpMyNumberRecognizer.Validate(candidate));
}
