using Anonymizer.Analysis;
using Anonymizer.Recognizers.Generic;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Generic;

public sealed class EmailRecognizerTests
{
    private static readonly Recognizer Recognizer = EmailRecognizer.Create();

    [Theory]
    [InlineData("info@presidio.site", 0, 18)]
    [InlineData("my email address is info@presidio.site.", 20, 38)]
    [InlineData("mail jane.o'neil+tag@mail.example.co.uk now", 5, 39)]
    [InlineData("<a.b-c_d@sub-domain.example.org>", 1, 31)]
    public void Finds_addresses(string text, int start, int end)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(1.0, m.Score));
    }

    [Theory]
    [InlineData("my email is info@presidio.")]
    [InlineData("user@localhost")]
    [InlineData("name@host.invalidtld")]
    [InlineData("no address here")]
    [InlineData("@twitterhandle and a@")]
    public void Rejects_non_addresses(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_addresses()
    {
        RecognizerAssert.FindsExactly(Recognizer, "a@x.com, b@y.org;c@z.net", (0, 7), (9, 16), (17, 24));
    }
}
