using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.BR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.BR;

public sealed class BrCnpjRecognizerTests
{
    private static readonly Recognizer Recognizer = BrCnpjRecognizer.Create();

    [Theory]
    [InlineData("11.222.333/0001-81", 0, 18)]
    [InlineData("CNPJ 11222333000181", 5, 19)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("11.222.333/0001-82")]
    [InlineData("11222333000180")]
    [InlineData("00.000.000/0000-00")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.BrCnpj], Recognizer.SupportedEntities);
        Assert.Equal("BR", Recognizer.Country);
    }

    [Theory]
    [InlineData("11.222.333/0001-81", ValidationOutcome.Valid)]
    [InlineData("11.222.333/0001-82", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, BrCnpjRecognizer.Validate(candidate));
}
