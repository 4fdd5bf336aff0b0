using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.TH;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.TH;

public sealed class ThTninRecognizerTests
{
    private static readonly Recognizer Recognizer = ThTninRecognizer.Create();

    [Theory]
    [InlineData("1234567890121", 0, 13)]
    [InlineData("2345678901234", 0, 13)]
    [InlineData("3456789012347", 0, 13)]
    [InlineData("4567890123459", 0, 13)]
    [InlineData("5678901234560", 0, 13)]
    [InlineData("1220000000007", 0, 13)]
    [InlineData("1520000000004", 0, 13)]
    [InlineData("1580000000004", 0, 13)]
    [InlineData("My Thai ID is 1234567890121", 14, 27)]
    [InlineData("TNIN: 2345678901234", 6, 19)]
    [InlineData("เลขประจำตัวประชาชน: 3456789012347", 20, 33)]
    [InlineData("Thai National ID 1234567890121", 17, 30)]
    [InlineData("เลขบัตรประชาชน 2345678901234", 15, 28)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("123456789012")]
    [InlineData("12345678901234")]
    [InlineData("123456789012a")]
    [InlineData("123456789012 ")]
    [InlineData("0234567890124")]
    [InlineData("0034567890124")]
    [InlineData("1034567890124")]
    [InlineData("1304567890124")]
    [InlineData("1284567890124")]
    [InlineData("1294567890124")]
    [InlineData("1594567890124")]
    [InlineData("1684567890124")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.ThTnin], Recognizer.SupportedEntities);
        Assert.Equal("TH", Recognizer.Country);
    }

    [Theory]
    [InlineData("1234567890121", ValidationOutcome.Valid)]
    [InlineData("1234567890123", ValidationOutcome.Invalid)]
    [InlineData("1284567890124", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, ThTninRecognizer.Validate(candidate));
}
