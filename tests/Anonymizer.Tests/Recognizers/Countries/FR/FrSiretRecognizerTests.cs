using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.FR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.FR;

public sealed class FrSiretRecognizerTests
{
    private static readonly Recognizer Recognizer = FrSiretRecognizer.Create();

    [Theory]
    [InlineData("73282932000074", 0, 14)]
    [InlineData("SIRET : 732 829 320 00074", 8, 25)]
    [InlineData("La Poste 35600000000001", 9, 23)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("73282932000075")]
    [InlineData("732 829 320 00075")]
    [InlineData("35600000000002")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.FrSiret], Recognizer.SupportedEntities);
        Assert.Equal("FR", Recognizer.Country);
    }

    [Theory]
    [InlineData("73282932000074", ValidationOutcome.Valid)]
    [InlineData("73282932000075", ValidationOutcome.Invalid)]
    [InlineData("35600000000001", ValidationOutcome.Valid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, FrSiretRecognizer.Validate(candidate));
}
