using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.UK;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.UK;

public sealed class UkNinoRecognizerTests
{
    private static readonly Recognizer Recognizer = UkNinoRecognizer.Create();

    [Theory]
    [InlineData("AA 12 34 56 B", 0, 13)]
    [InlineData("hh 01 02 03 d", 0, 13)]
    [InlineData("tw987654a", 0, 9)]
    [InlineData("nino: PR 123612C", 6, 16)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("AA 12 34 56 H")]
    [InlineData("AB 12 34 56 1")]
    [InlineData("ab1234561")]
    [InlineData("FQ 00 00 00 C")]
    [InlineData("BG123612A")]
    [InlineData("nino: nt 99 88 77 a")]
    [InlineData("This isn't a valid national insurance number UV 98 76 54 B")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.UkNino], Recognizer.SupportedEntities);
        Assert.Equal("UK", Recognizer.Country);
    }
}
