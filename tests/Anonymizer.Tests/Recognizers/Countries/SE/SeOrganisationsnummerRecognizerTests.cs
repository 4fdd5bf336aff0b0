using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.SE;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.SE;

public sealed class SeOrganisationsnummerRecognizerTests
{
    private static readonly Recognizer Recognizer = SeOrganisationsnummerRecognizer.Create();

    [Theory]
    [InlineData("212000-0142", 0, 11)]
    [InlineData("Our company identity code is: 212000-0142. Thank you.", 30, 41)]
    [InlineData("2120000142", 0, 10)]
    [InlineData("556703-7485", 0, 11)]
    [InlineData("5567037485", 0, 10)]
    [InlineData("556703-7485 är vårt orgnummer.", 0, 11)]
    [InlineData("556703-7485 tillhör vårt företag.", 0, 11)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("19000309-3393")]
    [InlineData("19001309-2393")]
    [InlineData("55670x-7485")]
    [InlineData("556703-7r85")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.SeOrganisationsnummer], Recognizer.SupportedEntities);
        Assert.Equal("SE", Recognizer.Country);
    }

    [Theory]
    [InlineData("556703-7485", ValidationOutcome.Valid)]
    [InlineData("556703-7486", ValidationOutcome.Invalid)]
    [InlineData("191203-7487", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, SeOrganisationsnummerRecognizer.Validate(candidate));
}
