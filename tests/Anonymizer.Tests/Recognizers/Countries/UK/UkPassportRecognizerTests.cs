using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.UK;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.UK;

public sealed class UkPassportRecognizerTests
{
    private static readonly Recognizer Recognizer = UkPassportRecognizer.Create();

    [Theory]
    [InlineData("AB1234567", 0, 9)]
    [InlineData("XY9876543", 0, 9)]
    [InlineData("ab1234567", 0, 9)]
    [InlineData("My passport number is CD7654321 and it expires soon", 22, 31)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("A12345678")]
    [InlineData("ABC123456")]
    [InlineData("AB123456")]
    [InlineData("AB12345678")]
    [InlineData("123456789")]
    [InlineData("AB 1234567")]
    [InlineData("1234567AB")]
    [InlineData("XYZAB1234567QRS")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "Passports: AB1234567 and XY9876543", (11, 20), (25, 34));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.UkPassport], Recognizer.SupportedEntities);
        Assert.Equal("UK", Recognizer.Country);
    }
}
