using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.SE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.SE;

public sealed class SePersonnummerRecognizerTests
{
    private static readonly Recognizer Recognizer = SePersonnummerRecognizer.Create();

    [Theory]
    [InlineData("189004119807", 0, 12)]
    [InlineData("My personal identity code is: 189110089811. Thank you.", 30, 42)]
    [InlineData("191005059801", 0, 12)]
    [InlineData("198712202384", 0, 12)]
    [InlineData("871220-2384", 0, 11)]
    [InlineData("199109242397 är mitt pnr.", 0, 12)]
    [InlineData("19910924-2397 är mitt pnr.", 0, 13)]
    [InlineData("199201232387", 0, 12)]
    [InlineData("9201232387", 0, 10)]
    [InlineData("Here's my personnummer 200109022392.", 23, 35)]
    [InlineData("201109252385", 0, 12)]
    [InlineData("20110925-2385", 0, 13)]
    [InlineData("My swedish id code is199003052397.", 21, 33)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("19000309-3393")]
    [InlineData("19001309-2393")]
    [InlineData("200504422381")]
    [InlineData("189x09179809")]
    [InlineData("18970c17-9809")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.SePersonnummer], Recognizer.SupportedEntities);
        Assert.Equal("SE", Recognizer.Country);
    }

    [Theory]
    [InlineData("19910924-2397", ValidationOutcome.Valid)]
    [InlineData("19910924-2398", ValidationOutcome.Invalid)]
    [InlineData("200504422381", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, SePersonnummerRecognizer.Validate(candidate));
}
