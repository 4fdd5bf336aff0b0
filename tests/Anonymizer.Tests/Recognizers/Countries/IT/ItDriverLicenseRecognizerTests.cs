using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.IT;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.IT;

public sealed class ItDriverLicenseRecognizerTests
{
    private static readonly Recognizer Recognizer = ItDriverLicenseRecognizer.Create();

    [Theory]
    [InlineData("AA0123456B", 0, 10)]
    [InlineData("U1H00B000C", 0, 10)]
    [InlineData("U1K711J11M", 0, 10)]
    [InlineData("license U1K711J11M here", 8, 18)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("U1H00A000B")]
    [InlineData("990123456B")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "AA0123456B and AA0123456B", (0, 10), (15, 25));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.ItDriverLicense], Recognizer.SupportedEntities);
        Assert.Equal("IT", Recognizer.Country);
    }
}
