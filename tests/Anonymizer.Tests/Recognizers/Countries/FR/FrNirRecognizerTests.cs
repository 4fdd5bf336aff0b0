using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.FR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.FR;

public sealed class FrNirRecognizerTests
{
    private static readonly Recognizer Recognizer = FrNirRecognizer.Create();

    [Theory]
    [InlineData("1 85 05 78 006 084 91", 0, 21)]
    [InlineData("Mon numéro de sécurité sociale est 185057800608491.", 35, 50)]
    [InlineData("2 69 05 49 588 157 80", 0, 21)]
    [InlineData("NIR 1 80 01 2A 004 123 43 (Corse-du-Sud)", 4, 25)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("1 85 05 78 006 084 92")]
    [InlineData("185057800608490")]
    [InlineData("1 85 13 78 006 084 91")]
    [InlineData("51 85 05 78 006 084 91")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.FrNir], Recognizer.SupportedEntities);
        Assert.Equal("FR", Recognizer.Country);
    }

    [Theory]
    [InlineData("185057800608491", ValidationOutcome.Valid)]
    [InlineData("185057800608492", ValidationOutcome.Invalid)]
    [InlineData("1 80 01 2A 004 123 43", ValidationOutcome.Valid)]
    [InlineData("1 80 01 2B 004 123 43", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, FrNirRecognizer.Validate(candidate));
}
