using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.DE;

public sealed class DeLanrRecognizerTests
{
    private static readonly Recognizer Recognizer = DeLanrRecognizer.Create();

    [Theory]
    [InlineData("123456601", 0, 9)]
    [InlineData("234567701", 0, 9)]
    [InlineData("100000601", 0, 9)]
    [InlineData("987654401", 0, 9)]
    [InlineData("555555501", 0, 9)]
    [InlineData("999999901", 0, 9)]
    [InlineData("LANR: 123456601 des behandelnden Arztes.", 6, 15)]
    [InlineData("Arztnummer 987654401 auf dem Rezept.", 11, 20)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("123456901")]
    [InlineData("234567601")]
    [InlineData("100000401")]
    [InlineData("12345660")]
    [InlineData("1234566010")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.DeLanr], Recognizer.SupportedEntities);
        Assert.Equal("DE", Recognizer.Country);
    }
}
