using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.ZA;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.ZA;

public sealed class ZaIdNumberRecognizerTests
{
    private static readonly Recognizer Recognizer = ZaIdNumberRecognizer.Create();

    [Theory]
    [InlineData("8001015009087", 0, 13)]
    [InlineData("8001015000086", 0, 13)]
    [InlineData("My South African ID is 9202201234088.", 23, 36)]
    [InlineData("RSA ID: 0002294321191", 8, 21)]
    [InlineData("Permanent resident number 9912316789285 is on file.", 26, 39)]
    [InlineData("Refugee ID number 0001015002288 is on file.", 18, 31)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("8001015009086")]
    [InlineData("9913326789285")]
    [InlineData("9902294321191")]
    [InlineData("8001015000076")]
    [InlineData("8001015009176")]
    [InlineData("1234567890123")]
    [InlineData("ID 80010150090")]
    [InlineData("SA ID 80010150090870")]
    [InlineData("AB8001015009087CD")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.ZaIdNumber], Recognizer.SupportedEntities);
        Assert.Equal("ZA", Recognizer.Country);
    }

    [Theory]
    [InlineData("8001015009087", ValidationOutcome.Valid)]
    [InlineData("8001015009086", ValidationOutcome.Invalid)]
    [InlineData("9902294321191", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, ZaIdNumberRecognizer.Validate(candidate));
}
