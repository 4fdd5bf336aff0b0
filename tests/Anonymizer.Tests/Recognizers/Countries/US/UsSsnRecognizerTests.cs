using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.US;
using Anonymizer.Tests.Support;
using Anonymizer.Validation;

namespace Anonymizer.Tests.Recognizers.Countries.US;

public sealed class UsSsnRecognizerTests
{
    private static readonly Recognizer Recognizer = UsSsnRecognizer.Create();

    [Theory]
    [InlineData("078-05-1123", 0, 11, 0.5)]
    [InlineData("078.05.1123", 0, 11, 0.5)]
    [InlineData("078 05 1123", 0, 11, 0.5)]
    [InlineData("abc 078 05 1123 abc", 4, 15, 0.5)]
    [InlineData("my ssn is 536-22-8726.", 10, 21, 0.5)]
    [InlineData("078051121", 0, 9, 0.05)]
    [InlineData("078-051121", 0, 10, 0.05)]
    [InlineData("07805-1121", 0, 10, 0.05)]
    public void Finds_ssns(string text, int start, int end, double score)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(score, m.Score));
    }

    [Theory]
    [InlineData("0780511201")] // ten digits
    [InlineData("078051120")] // Woolworth wallet card
    [InlineData("123-45-6789")] // advertised sample
    [InlineData("219-09-9999")] // SSA pamphlet sample
    [InlineData("000000000")]
    [InlineData("666000000")]
    [InlineData("666-12-3456")] // area 666
    [InlineData("000-12-3456")] // area 000
    [InlineData("912-34-5678")] // area 9xx (ITINs)
    [InlineData("078-05-0000")] // serial 0000
    [InlineData("078 00 1123")] // group 00
    [InlineData("693-09.4444")] // mixed separators
    [InlineData("222-22-2222")] // one digit repeated
    [InlineData("078-05-1123-4")]
    [InlineData("1.078.05.1123")]
    [InlineData("no number here")]
    public void Rejects_non_ssns(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several()
    {
        RecognizerAssert.FindsExactly(Recognizer, "078-051121 07805-1121", (0, 10), (11, 21));
    }

    [Theory]
    [InlineData("536-22-8726", true)]
    [InlineData("536228726", true)]
    [InlineData("536 22 8726", true)]
    [InlineData("536-22 8726", false)]
    [InlineData("987-65-4321", false)]
    [InlineData("078-05-1120", false)]
    [InlineData("536-00-8726", false)]
    [InlineData("53622872", false)]
    public void Validator_applies_issuance_rules(string candidate, bool plausible) =>
        Assert.Equal(plausible, UsSocialSecurityNumber.IsPlausible(candidate));
}
