using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.US;
using Anonymizer.Tests.Support;
using Anonymizer.Validation;

namespace Anonymizer.Tests.Recognizers.Countries.US;

public sealed class MedicalLicenseRecognizerTests
{
    private static readonly Recognizer Recognizer = MedicalLicenseRecognizer.Create();

    [Theory]
    [InlineData("K92993548", 0, 9)]
    [InlineData("my certificate number is: BB1388568", 26, 35)]
    [InlineData("DEA AB1234563.", 4, 13)]
    public void Finds_dea_numbers(string text, int start, int end)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(1.0, m.Score));
    }

    [Fact]
    public void Finds_each_of_several() =>
        RecognizerAssert.FindsExactly(Recognizer, "GL0285191 EU4488929", (0, 9), (10, 19));

    [Theory]
    [InlineData("The DEA number is  BG8207031")] // wrong check digit
    [InlineData("IB1234563")] // I is not a registrant type
    [InlineData("AB12345630")]
    [InlineData("XAB1234563")]
    [InlineData("123 456\n789")]
    public void Rejects_invalid(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Theory]
    [InlineData("AB1234563", true)]
    [InlineData("BG8207031", false)]
    [InlineData("AB12345", false)]
    public void Validator_checks_the_dea_check_digit(string candidate, bool valid) =>
        Assert.Equal(valid, DeaNumber.IsValid(candidate));
}
