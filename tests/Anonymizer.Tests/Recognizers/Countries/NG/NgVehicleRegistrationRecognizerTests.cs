using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.NG;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.NG;

public sealed class NgVehicleRegistrationRecognizerTests
{
    private static readonly Recognizer Recognizer = NgVehicleRegistrationRecognizer.Create();

    [Theory]
    [InlineData("APP-456CV", 0, 9)]
    [InlineData("ABJ-001AA", 0, 9)]
    [InlineData("KJA-999PZ", 0, 9)]
    [InlineData("APP 456CV", 0, 9)]
    [InlineData("APP456CV", 0, 8)]
    [InlineData("The plate number is ABJ-123XY for this vehicle", 20, 29)]
    [InlineData("app-456cv", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("AB-1234CD")]
    [InlineData("123-456AB")]
    [InlineData("AB-12CD")]
    [InlineData("ABCD-123EF")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "Plates: APP-456CV and KJA-999PZ", (8, 17), (22, 31));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.NgVehicleRegistration], Recognizer.SupportedEntities);
        Assert.Equal("NG", Recognizer.Country);
    }
}
