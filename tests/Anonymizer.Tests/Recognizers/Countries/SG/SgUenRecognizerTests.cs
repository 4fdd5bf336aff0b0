using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.SG;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.SG;

public sealed class SgUenRecognizerTests
{
    private static readonly Recognizer Recognizer = SgUenRecognizer.Create();

    [Theory]
    [InlineData("53125226D", 0, 9)]
    [InlineData("201434292D", 0, 10)]
    [InlineData("T16RF0037C", 0, 10)]
    [InlineData("S57TU0392K", 0, 10)]
    [InlineData("R16RF0037F", 0, 10)]
    [InlineData("UEN 53125226D was processed", 4, 13)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("53125226")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "53125226D 201434292D S57TU0392K", (0, 9), (10, 20), (21, 31));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.SgUen], Recognizer.SupportedEntities);
        Assert.Equal("SG", Recognizer.Country);
    }

    [Theory]
    [InlineData("53125226D", ValidationOutcome.Valid)]
    [InlineData("53125226E", ValidationOutcome.Invalid)]
    [InlineData("201434292D", ValidationOutcome.Valid)]
    [InlineData("201434292E", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, SgUenRecognizer.Validate(candidate));
}
