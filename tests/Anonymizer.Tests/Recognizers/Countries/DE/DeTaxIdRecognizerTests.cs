using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DeTaxIdRecognizerTests
{
    private static readonly Recognizer Recognizer = DeTaxIdRecognizer.Create();

    [Theory]
    [InlineData("12345678903", 0, 11)]
    [InlineData("98765432106", 0, 11)]
    [InlineData("Meine Steuer-ID: 12345678903.", 17, 28)]
    [InlineData("IdNr. 98765432106 liegt vor.", 6, 17)]
    [InlineData("Steuer-ID: 12345678903.", 11, 22)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("12345678901")]
    [InlineData("98765432100")]
    [InlineData("02345678901")]
    [InlineData("1234567890")]
    [InlineData("123456789030")]
    [InlineData("11111111111")]
    [InlineData("11112345678")]
    [InlineData("https://example.org/?id=12345678903")]
    [InlineData("version 1.12345678903")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DeTaxId], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }

    [Theory]
    [InlineData("12345678903", ValidationOutcome.Valid)]
    [InlineData("12345678901", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, DeTaxIdRecognizer.Validate(candidate));
}
