using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.UK;
using Anonymizer.Tests.Support;
using Anonymizer.Validation;

namespace Anonymizer.Tests.Recognizers.Countries.UK;

public sealed class NhsRecognizerTests
{
    private static readonly Recognizer Recognizer = NhsRecognizer.Create();

    [Theory]
    [InlineData("401-023-2137", 0, 12)]
    [InlineData("221 395 1837", 0, 12)]
    [InlineData("0032698674", 0, 10)]
    [InlineData("NHS number: 943 476 5919.", 12, 24)]
    public void Finds_nhs_numbers(string text, int start, int end)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(1.0, m.Score));
    }

    [Theory]
    [InlineData("401-023-2138")] // wrong check digit
    [InlineData("943 476 5910")]
    [InlineData("0000000000")] // passes mod 11, placeholder
    [InlineData("401-023 2137")] // mixed separators
    [InlineData("94347659190")]
    public void Rejects_invalid(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("943 476 5919", true)]
    [InlineData("9434765918", false)]
    [InlineData("123456789", false)]
    public void Validator_checks_mod_11(string candidate, bool valid) =>
        Assert.Equal(valid, NhsNumber.IsValid(candidate));

    [Fact]
    public void Rejects_numbers_whose_check_would_be_10()
    {
        // 1000000010: 10 + 2 = 12, 12 mod 11 = 1, check = 10 → never issued, whatever the last digit.
        Assert.False(NhsNumber.IsValid("1000000010"));
        Assert.False(NhsNumber.IsValid("1000000011"));
    }
}
