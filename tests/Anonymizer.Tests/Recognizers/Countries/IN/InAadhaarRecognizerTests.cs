using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.IN;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.IN;

public sealed class InAadhaarRecognizerTests
{
    private static readonly Recognizer Recognizer = InAadhaarRecognizer.Create();

    [Theory]
    [InlineData("312345678909", 0, 12)]
    [InlineData("399876543211", 0, 12)]
    [InlineData("3123 4567 8909", 0, 14)]
    [InlineData("3998 7654 3211", 0, 14)]
    [InlineData("3123-4567-8909", 0, 14)]
    [InlineData("3998-7654-3211", 0, 14)]
    [InlineData("3123:4567:8909", 0, 14)]
    [InlineData("3998:7654:3211", 0, 14)]
    [InlineData("My Aadhaar number is 400123456787 with a lot of text beyond it", 21, 33)]
    [InlineData("Aadhaar: 3123 4567 8909.", 9, 23)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("123456789012")]
    [InlineData("1234 5678 9012")]
    [InlineData("1234-5678-9012")]
    [InlineData("1234:5678:9012")]
    [InlineData("Message-Id: <200210081058.50438.brendan@example.org>")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.InAadhaar], Recognizer.SupportedEntities);
        Assert.Equal("IN", Recognizer.Country);
    }

    [Theory]
    [InlineData("312345678909", ValidationOutcome.Valid)]
    [InlineData("312345678908", ValidationOutcome.Invalid)]
    [InlineData("3123 4567 8909", ValidationOutcome.Valid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, InAadhaarRecognizer.Validate(candidate));
}
