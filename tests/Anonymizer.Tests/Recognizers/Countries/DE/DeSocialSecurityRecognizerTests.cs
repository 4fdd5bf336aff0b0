using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DeSocialSecurityRecognizerTests
{
    private static readonly Recognizer Recognizer = DeSocialSecurityRecognizer.Create();

    [Theory]
    [InlineData("15070649C103", 0, 12)]
    [InlineData("65070803A019", 0, 12)]
    [InlineData("20151090B023", 0, 12)]
    [InlineData("38551285K051", 0, 12)]
    [InlineData("RVNR: 15070649C103 laut Sozialversicherungsausweis.", 6, 18)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("15070649C100")]
    [InlineData("65070803A012")]
    [InlineData("15070049C103")]
    [InlineData("15071349C103")]
    [InlineData("150706491103")]
    [InlineData("15070649C10")]
    [InlineData("15070649C1030")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DeSocialSecurity], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }
}
