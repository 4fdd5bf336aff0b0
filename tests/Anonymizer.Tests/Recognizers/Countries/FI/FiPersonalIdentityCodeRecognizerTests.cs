using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.FI;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.FI;

public sealed class FiPersonalIdentityCodeRecognizerTests
{
    private static readonly Recognizer Recognizer = FiPersonalIdentityCodeRecognizer.Create();

    [Theory]
    [InlineData("010594Y9032", 0, 11)]
    [InlineData("My personal identity code is: 010594Y9032. Thank you.", 30, 41)]
    [InlineData("010594Y9021", 0, 11)]
    [InlineData("020594X903P", 0, 11)]
    [InlineData("020594X903P is my hetu.", 0, 11)]
    [InlineData("020594X902N", 0, 11)]
    [InlineData("Here's my henkilötunnus 020594X902N.", 24, 35)]
    [InlineData("030594W903B", 0, 11)]
    [InlineData("My finnish id code is030594W903B.", 21, 32)]
    [InlineData("030694W9024", 0, 11)]
    [InlineData("040594V9030", 0, 11)]
    [InlineData("040594V902Y", 0, 11)]
    [InlineData("050594U903M", 0, 11)]
    [InlineData("050594U902L", 0, 11)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("111111-111A")]
    [InlineData("111111+110G")]
    [InlineData("311190-1111")]
    [InlineData("310289-211C")]
    [InlineData("012245A110G")]
    [InlineData("010324A110G")]
    [InlineData("131052/308T")]
    [InlineData("131052:308T")]
    [InlineData("131052.308T")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.FiPersonalIdentityCode], Recognizer.SupportedEntities);
        Assert.Equal("FI", Recognizer.Country);
    }

    [Theory]
    [InlineData("131052-308T", ValidationOutcome.Valid)]
    [InlineData("131052-308U", ValidationOutcome.Invalid)]
    [InlineData("311190-1111", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, FiPersonalIdentityCodeRecognizer.Validate(candidate));
}
