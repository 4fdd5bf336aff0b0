using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.IN;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.IN;

public sealed class InVoterRecognizerTests
{
    private static readonly Recognizer Recognizer = InVoterRecognizer.Create();

    [Theory]
    [InlineData("KSD1287349", 0, 10)]
    [InlineData("my voter: DBJ2289013", 10, 20)]
    [InlineData("uzb2345117", 0, 10)]
    [InlineData("this MUP5632811", 5, 15)]
    [InlineData("You can vote with your CPJ4467918 number", 23, 33)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("zxdf8923q1")]
    [InlineData("A8923571WZ")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.InVoter], Recognizer.SupportedEntities);
        Assert.Equal("IN", Recognizer.Country);
    }
}
