using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.KR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.KR;

public sealed class KrPassportRecognizerTests
{
    private static readonly Recognizer Recognizer = KrPassportRecognizer.Create();

    [Theory]
    [InlineData("M123A4567", 0, 9)]
    [InlineData("m456B7890", 0, 9)]
    [InlineData("d789C1234", 0, 9)]
    [InlineData("S012D5678", 0, 9)]
    [InlineData("M345E9012", 0, 9)]
    [InlineData("M678f3456", 0, 9)]
    [InlineData("M901g7890", 0, 9)]
    [InlineData("My passport number is M123A4567", 22, 31)]
    [InlineData("Korean passport: M456B7890", 17, 26)]
    [InlineData("여권번호는 M789C1234입니다", 6, 15)]
    [InlineData("M12345678", 0, 9)]
    [InlineData("m87654321", 0, 9)]
    [InlineData("d11223344", 0, 9)]
    [InlineData("s99887766", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("A123B4567")]
    [InlineData("M12A4567")]
    [InlineData("M1234A567")]
    [InlineData("M123AB567")]
    [InlineData("M123A456")]
    [InlineData("M123A45678")]
    [InlineData("M1234567")]
    [InlineData("M123456789")]
    [InlineData("123A4567")]
    [InlineData("MM123A4567")]
    [InlineData("M123 A4567")]
    [InlineData("M123-A4567")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.KrPassport], Recognizer.SupportedEntities);
        Assert.Equal("KR", Recognizer.Country);
    }
}
