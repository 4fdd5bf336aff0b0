using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.SG;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.SG;

public sealed class SgNricFinRecognizerTests
{
    private static readonly Recognizer Recognizer = SgNricFinRecognizer.Create();

    [Theory]
    [InlineData("S2740116C", 0, 9)]
    [InlineData("T1234567Z", 0, 9)]
    [InlineData("F2346401L", 0, 9)]
    [InlineData("G1122144L", 0, 9)]
    [InlineData("M4332674T", 0, 9)]
    [InlineData("NRIC S2740116C was processed", 5, 14)]
    [InlineData("A1234567Z", 0, 9)]
    [InlineData("B1234567Z", 0, 9)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("PA12348L")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "S9108268C T7572225C", (0, 9), (10, 19));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.SgNricFin], Recognizer.SupportedEntities);
        Assert.Equal("SG", Recognizer.Country);
    }

    [Theory]
    [InlineData("S2740116C", ValidationOutcome.Valid)]
    [InlineData("S2740116D", ValidationOutcome.Undecided)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, SgNricFinRecognizer.Validate(candidate));
}
