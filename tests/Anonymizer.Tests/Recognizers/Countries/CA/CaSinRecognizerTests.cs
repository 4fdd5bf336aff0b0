using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.CA;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.CA;

public sealed class CaSinRecognizerTests
{
    private static readonly Recognizer Recognizer = CaSinRecognizer.Create();

    [Theory]
    [InlineData("130 692 544", 0, 11)]
    [InlineData("435 418 165", 0, 11)]
    [InlineData("948 584 792", 0, 11)]
    [InlineData("347-677-452", 0, 11)]
    [InlineData("731-530-150", 0, 11)]
    [InlineData("130692544", 0, 9)]
    [InlineData("550090112", 0, 9)]
    [InlineData("my SIN is 130-692-544", 10, 21)]
    [InlineData("mon NAS: 258 933 688", 9, 20)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("130 692 545")]
    [InlineData("130692545")]
    [InlineData("435-418-166")]
    [InlineData("046 454 286")]
    [InlineData("812 345 678")]
    [InlineData("111 111 111")]
    [InlineData("999 999 999")]
    [InlineData("046-454 286")]
    [InlineData("046 454-286")]
    [InlineData("13069254")]
    [InlineData("1306925440")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.CaSin], Recognizer.SupportedEntities);
        Assert.Equal("CA", Recognizer.Country);
    }

    [Theory]
    [InlineData("130 692 544", ValidationOutcome.Undecided)]
    [InlineData("130 692 545", ValidationOutcome.Invalid)]
    [InlineData("046 454 286", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, CaSinRecognizer.Validate(candidate));
}
