using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.PL;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.PL;

public sealed class PlPeselRecognizerTests
{
    private static readonly Recognizer Recognizer = PlPeselRecognizer.Create();

    [Theory]
    [InlineData("44051401458", 0, 11)]
    [InlineData("My pesel is 44051401458.", 12, 23)]
    [InlineData("02070803628", 0, 11)]
    [InlineData("11111111116", 0, 11)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("44051401459")]
    [InlineData("85040812345")]
    [InlineData("1111321111")]
    [InlineData("11110021111")]
    [InlineData("11-11-11-11114")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.PlPesel], Recognizer.SupportedEntities);
        Assert.Equal("PL", Recognizer.Country);
    }

    [Theory]
    [InlineData("44051401458", ValidationOutcome.Valid)]
    [InlineData("44051401459", ValidationOutcome.Invalid)]
    [InlineData("44053201458", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, PlPeselRecognizer.Validate(candidate));
}
