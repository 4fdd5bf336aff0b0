using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.TR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.TR;

public sealed class TrLicensePlateRecognizerTests
{
    private static readonly Recognizer Recognizer = TrLicensePlateRecognizer.Create();

    [Theory]
    [InlineData("34 ABC 1234", 0, 11)]
    [InlineData("06 A 123", 0, 8)]
    [InlineData("35 JK 12", 0, 8)]
    [InlineData("16 B 1234", 0, 9)]
    [InlineData("34ABC1234", 0, 9)]
    [InlineData("34 abc 1234", 0, 11)]
    [InlineData("Araç plakası 34 ABC 1234 olarak kayıtlıdır.", 13, 24)]
    [InlineData("01 A 12", 0, 7)]
    [InlineData("81 A 12", 0, 7)]
    [InlineData("07 AB 123", 0, 9)]
    [InlineData("License plate 34 ABC 1234", 14, 25)]
    [InlineData("Plaka numarası 06 A 123 olarak kayıtlı", 15, 23)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("00 ABC 123")]
    [InlineData("82 ABC 123")]
    [InlineData("99 ABC 123")]
    [InlineData("hello world")]
    [InlineData("1234567890")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "Plaka 34 ABC 1234 ve 06 JK 567", (6, 17), (21, 30));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.TrLicensePlate], Recognizer.SupportedEntities);
        Assert.Equal("TR", Recognizer.Country);
    }
}
