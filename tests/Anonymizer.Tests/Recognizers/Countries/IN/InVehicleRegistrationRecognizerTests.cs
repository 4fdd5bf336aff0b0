using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.IN;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.IN;

public sealed class InVehicleRegistrationRecognizerTests
{
    private static readonly Recognizer Recognizer = InVehicleRegistrationRecognizer.Create();

    [Theory]
    [InlineData("KA53ME3456", 0, 10)]
    [InlineData("KA99ME3456", 0, 10)]
    [InlineData("MN2412", 0, 6)]
    [InlineData("MCX1243", 0, 7)]
    [InlineData("I15432", 0, 6)]
    [InlineData("DL3CJI0001", 0, 10)]
    [InlineData("DL01CA1234", 0, 10)]
    [InlineData("GJ09AB1234", 0, 10)]
    [InlineData("My Bike's registration number is OD02BA2341 with a lot of text beyond", 33, 43)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("ABNE123456")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.InVehicleRegistration], Recognizer.SupportedEntities);
        Assert.Equal("IN", Recognizer.Country);
    }

    [Theory]
    [InlineData("KA53ME3456", ValidationOutcome.Valid)]
    [InlineData("AB53ME3456", ValidationOutcome.Invalid)]
    [InlineData("KA99ME3456", ValidationOutcome.Undecided)]
    [InlineData("MCX1243", ValidationOutcome.Undecided)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, InVehicleRegistrationRecognizer.Validate(candidate));
}
