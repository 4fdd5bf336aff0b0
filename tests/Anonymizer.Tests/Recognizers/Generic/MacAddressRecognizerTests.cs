using Anonymizer.Analysis;
using Anonymizer.Recognizers.Generic;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Generic;

public sealed class MacAddressRecognizerTests
{
    private static readonly Recognizer Recognizer = MacAddressRecognizer.Create();

    [Theory]
    [InlineData("My MAC address is 00:1A:2B:3C:4D:5E", 18, 35)]
    [InlineData("Lowercase MAC: 0a:23:f5:67:89:ac", 15, 32)]
    [InlineData("Hardware address: AA-BB-CC-DD-EE-FF", 18, 35)]
    [InlineData("Mixedcase MAC: 0d-B3-4a-6A-d9-cF", 15, 32)]
    [InlineData("Cisco MAC: 0012.3456.789A", 11, 25)]
    [InlineData("Physical address is aabb.ccdd.eeff.", 20, 34)]
    public void Finds_addresses(string text, int start, int end)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(0.6, m.Score));
    }

    [Theory]
    [InlineData("Not a MAC: 00:1A:2B:3C:4D")]
    [InlineData("Too long: 00:1A:2B:3C:4D:5E:6F")]
    [InlineData("Invalid: ZZ:ZZ:ZZ:ZZ:ZZ:ZZ")]
    [InlineData("Broadcast: FF:FF:FF:FF:FF:FF")]
    [InlineData("Broadcast: ffff.ffff.ffff")]
    [InlineData("Invalid: 00:00:00:00:00:00")]
    [InlineData("Mixed test cases for hyphens and colons: 10:2F:33-AC-29-C3")]
    [InlineData("x00:1A:2B:3C:4D:5E")]
    [InlineData("0012.3456.789A.BCDE")]
    public void Rejects_non_addresses(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_addresses() =>
        RecognizerAssert.FindsExactly(Recognizer, "MACs: 00:11:22:33:44:55 and AA-BB-CC-DD-EE-FF", (6, 23), (28, 45));

    [Theory]
    [InlineData("00:00:00:00:00:00", ValidationOutcome.Invalid)]
    [InlineData("FF-FF-FF-FF-FF-FF", ValidationOutcome.Invalid)]
    [InlineData("00:1A:2B:3C:4D:5E", ValidationOutcome.Undecided)]
    public void Invalidate(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, MacAddressRecognizer.Invalidate(candidate));
}
