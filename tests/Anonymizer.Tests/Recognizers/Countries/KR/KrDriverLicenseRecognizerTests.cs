using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.KR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.KR;

public sealed class KrDriverLicenseRecognizerTests
{
    private static readonly Recognizer Recognizer = KrDriverLicenseRecognizer.Create();

    [Theory]
    [InlineData("11-22-123456-12", 0, 15)]
    [InlineData("112212345612", 0, 12)]
    [InlineData("My license is 13-22-123456-12", 14, 29)]
    [InlineData("28 22 123456 12", 0, 15)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("99-22-123456-12")]
    [InlineData("11-22-12345-12")]
    [InlineData("11-22-123456-1")]
    [InlineData("11-22-123A56-12")]
    [InlineData("111-22-123456-12")]
    [InlineData("11-22-123456-123")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.KrDriverLicense], Recognizer.SupportedEntities);
        Assert.Equal("KR", Recognizer.Country);
    }

    [Theory]
    [InlineData("11-22-123456-12", ValidationOutcome.Valid)]
    [InlineData("99-22-123456-12", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, KrDriverLicenseRecognizer.Validate(candidate));
}
