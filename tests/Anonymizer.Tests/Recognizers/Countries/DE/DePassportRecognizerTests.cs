using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DePassportRecognizerTests
{
    private static readonly Recognizer Recognizer = DePassportRecognizer.Create();

    [Theory]
    [InlineData("C01234565", 0, 9)]
    [InlineData("F12345671", 0, 9)]
    [InlineData("L01X00T44", 0, 9)]
    [InlineData("CZ6311T03", 0, 9)]
    [InlineData("G00000002", 0, 9)]
    [InlineData("C01X00T41", 0, 9)]
    [InlineData("Reisepass C01234565 ausgestellt am 01.01.2020.", 10, 19)]
    [InlineData("Pass-Nr.: F12345671", 10, 19)]
    [InlineData("c01234565", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("C01234567")]
    [InlineData("F12345678")]
    [InlineData("L01X00T47")]
    [InlineData("C0123456")]
    [InlineData("C012345678")]
    [InlineData("901234567")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DePassport], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }
}
