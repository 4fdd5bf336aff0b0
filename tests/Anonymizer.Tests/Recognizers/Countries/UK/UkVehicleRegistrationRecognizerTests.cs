using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.UK;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.UK;

public sealed class UkVehicleRegistrationRecognizerTests
{
    private static readonly Recognizer Recognizer = UkVehicleRegistrationRecognizer.Create();

    [Theory]
    [InlineData("AB51 ABC", 0, 8)]
    [InlineData("BD62XYZ", 0, 7)]
    [InlineData("LN14-HGT", 0, 8)]
    [InlineData("aa02 aaa", 0, 8)]
    [InlineData("My car reg is AB51 ABC and it expires", 14, 22)]
    [InlineData("AB70 DEF", 0, 8)]
    [InlineData("A123 BCD", 0, 8)]
    [InlineData("K1 ABC", 0, 6)]
    [InlineData("M456DEF", 0, 7)]
    [InlineData("ABC 123D", 0, 8)]
    [InlineData("ABC 1D", 0, 6)]
    [InlineData("DEF456G", 0, 7)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("IB51 ABC")]
    [InlineData("AQ51 ABC")]
    [InlineData("AB00 ABC")]
    [InlineData("AB35 ABC")]
    [InlineData("AB49 ABC")]
    [InlineData("AB80 ABC")]
    [InlineData("AB51 AIB")]
    [InlineData("I123 BCD")]
    [InlineData("O123 BCD")]
    [InlineData("ABC 123I")]
    [InlineData("ABC 123Z")]
    [InlineData("hello world")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "Vehicles AB51 ABC and BD62XYZ were seen", (9, 17), (22, 29));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.UkVehicleRegistration], Recognizer.SupportedEntities);
        Assert.Equal("UK", Recognizer.Country);
    }

    [Theory]
    [InlineData("AB51 ABC", ValidationOutcome.Valid)]
    [InlineData("AB80 ABC", ValidationOutcome.Invalid)]
    [InlineData("A123 BCD", ValidationOutcome.Undecided)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, UkVehicleRegistrationRecognizer.Validate(candidate));
}
