using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.PH;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.PH;

public sealed class PhTinRecognizerTests
{
    private static readonly Recognizer Recognizer = PhTinRecognizer.Create();

    [Theory]
    [InlineData("My TIN is 000-123-456-000", 10, 25)]
    [InlineData("TIN: 000123456", 5, 14)]
    [InlineData("BIR TIN: 000123456000", 9, 21)]
    [InlineData("Tax ID: 000-123-456-001", 8, 23)]
    [InlineData("TIN 000-123-456", 4, 15)]
    [InlineData("TIN: 000-123-456-000", 5, 20)]
    [InlineData("Please use 000-123-456-000 as your ID", 11, 26)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("Invalid TIN 000-123-457-000")]
    [InlineData("Not a TIN 123456789")]
    [InlineData("Invalid TIN 600-000-000")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.PhTin], Recognizer.SupportedEntities);
        Assert.Equal("PH", Recognizer.Country);
    }

    [Theory]
    [InlineData("000-123-456-000", ValidationOutcome.Undecided)]
    [InlineData("000-123-457-000", ValidationOutcome.Invalid)]
    [InlineData("600-000-000", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, PhTinRecognizer.Validate(candidate));
}
