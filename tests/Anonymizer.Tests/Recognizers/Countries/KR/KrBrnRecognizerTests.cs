using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.KR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.KR;

public sealed class KrBrnRecognizerTests
{
    private static readonly Recognizer Recognizer = KrBrnRecognizer.Create();

    [Theory]
    [InlineData("104-86-56659", 0, 12)]
    [InlineData("1048656659", 0, 10)]
    [InlineData("104-82-13138", 0, 12)]
    [InlineData("My BRN is 1048656659", 10, 20)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("104-86-56658")]
    [InlineData("110-81-4127")]
    [InlineData("110-81-412722")]
    [InlineData("110-81-4127A")]
    [InlineData("123-45-67890")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.KrBrn], Recognizer.SupportedEntities);
        Assert.Equal("KR", Recognizer.Country);
    }

    [Theory]
    [InlineData("104-86-56659", ValidationOutcome.Valid)]
    [InlineData("104-86-56658", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, KrBrnRecognizer.Validate(candidate));
}
