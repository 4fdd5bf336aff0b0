using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.CN;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.CN;

public sealed class CnResidentIdRecognizerTests
{
    private static readonly Recognizer Recognizer = CnResidentIdRecognizer.Create();

    [Theory]
    [InlineData("11010519491231002X", 0, 18)]
    [InlineData("身份证号码：440308200001011234", 6, 24)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("11010519491331002X")]
    [InlineData("440308200001011235")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.CnResidentId], Recognizer.SupportedEntities);
        Assert.Equal("CN", Recognizer.Country);
    }

    [Theory]
    [InlineData("11010519491231002X", ValidationOutcome.Valid)]
    [InlineData("110105194912310021", ValidationOutcome.Invalid)]
    [InlineData("440308200001011234", ValidationOutcome.Valid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, CnResidentIdRecognizer.Validate(candidate));
}
