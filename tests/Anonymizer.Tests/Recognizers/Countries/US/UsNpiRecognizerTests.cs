using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.US;
using Anonymizer.Tests.Support;
using Anonymizer.Validation;

namespace Anonymizer.Tests.Recognizers.Countries.US;

public sealed class UsNpiRecognizerTests
{
    private static readonly Recognizer Recognizer = UsNpiRecognizer.Create();

    [Theory]
    [InlineData("1234567893", 0, 10)]
    [InlineData("1245319599", 0, 10)]
    [InlineData("1003000126", 0, 10)]
    [InlineData("1234-567-893", 0, 12)]
    [InlineData("1234 567 893", 0, 12)]
    [InlineData("NPI: 1234567893", 5, 15)]
    [InlineData("Provider identifier 1245319599", 20, 30)]
    public void Finds_npis(string text, int start, int end)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(1.0, m.Score));
    }

    [Fact]
    public void Finds_each_of_several() =>
        RecognizerAssert.FindsExactly(Recognizer, "NPI 1234567893 and NPI 1245319599", (4, 14), (23, 33));

    [Theory]
    [InlineData("0234567893")] // must start with 1 or 2
    [InlineData("3234567893")]
    [InlineData("9234567893")]
    [InlineData("123456789")]
    [InlineData("12345678934")]
    [InlineData("1111111112")] // placeholder, though Luhn-valid
    [InlineData("1234567890")] // wrong check digit
    [InlineData("1234-567 893")] // mixed separators
    public void Rejects_invalid(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Theory]
    [InlineData("1234567893", true)]
    [InlineData("1234-567-893", true)]
    [InlineData("1234567894", false)]
    [InlineData("2222222222", false)]
    [InlineData("123456789", false)]
    public void Validator_applies_luhn_over_80840(string candidate, bool valid) =>
        Assert.Equal(valid, NationalProviderIdentifier.IsValid(candidate));
}
