using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.NG;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.NG;

public sealed class NgNinRecognizerTests
{
    private static readonly Recognizer Recognizer = NgNinRecognizer.Create();

    [Theory]
    [InlineData("12345678902", 0, 11)]
    [InlineData("NIN: 98765432102", 5, 16)]
    [InlineData("01234567895", 0, 11)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1234567890")]
    [InlineData("123456789012")]
    [InlineData("991234567890288")]
    [InlineData("1234567890a")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "My NIN is 12345678902 and yours is 55512345672", (10, 21), (35, 46));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.NgNin], Recognizer.SupportedEntities);
        Assert.Equal("NG", Recognizer.Country);
    }

    [Theory]
    [InlineData("12345678902", ValidationOutcome.Valid)]
    [InlineData("12345678901", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, NgNinRecognizer.Validate(candidate));
}
