using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.BR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.BR;

public sealed class BrCpfRecognizerTests
{
    private static readonly Recognizer Recognizer = BrCpfRecognizer.Create();

    [Theory]
    [InlineData("111.444.777-35", 0, 14)]
    [InlineData("CPF 52998224725", 4, 15)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("111.444.777-36")]
    [InlineData("111.111.111-11")]
    [InlineData("52998224726")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.BrCpf], Recognizer.SupportedEntities);
        Assert.Equal("BR", Recognizer.Country);
    }

    [Theory]
    [InlineData("111.444.777-35", ValidationOutcome.Valid)]
    [InlineData("111.444.777-36", ValidationOutcome.Invalid)]
    [InlineData("11111111111", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, BrCpfRecognizer.Validate(candidate));
}
