using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.UK;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.UK;

public sealed class UkPostcodeRecognizerTests
{
    private static readonly Recognizer Recognizer = UkPostcodeRecognizer.Create();

    [Theory]
    [InlineData("M1 1AA", 0, 6)]
    [InlineData("M60 1NW", 0, 7)]
    [InlineData("W1A 1HQ", 0, 7)]
    [InlineData("CR2 6XH", 0, 7)]
    [InlineData("DN55 1PT", 0, 8)]
    [InlineData("EC1A 1BB", 0, 8)]
    [InlineData("GIR 0AA", 0, 7)]
    [InlineData("M11AA", 0, 5)]
    [InlineData("EC1A1BB", 0, 7)]
    [InlineData("DN551PT", 0, 7)]
    [InlineData("GIR0AA", 0, 6)]
    [InlineData("My address is SW1A 1AA in London", 14, 22)]
    [InlineData("Send to postcode EC2A 1NT please", 17, 25)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("QA1 1AA")]
    [InlineData("VA1 1AA")]
    [InlineData("XA1 1AA")]
    [InlineData("M1 1CA")]
    [InlineData("M1 1AI")]
    [InlineData("1A1 1AA")]
    [InlineData("ABCM11AADEF")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "From SW1A 1AA to EC1A 1BB", (5, 13), (17, 25));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.UkPostcode], Recognizer.SupportedEntities);
        Assert.Equal("UK", Recognizer.Country);
    }
}
