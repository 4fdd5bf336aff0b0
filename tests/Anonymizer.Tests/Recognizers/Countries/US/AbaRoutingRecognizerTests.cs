using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.US;
using Anonymizer.Tests.Support;
using Anonymizer.Validation;

namespace Anonymizer.Tests.Recognizers.Countries.US;

public sealed class AbaRoutingRecognizerTests
{
    private static readonly Recognizer Recognizer = AbaRoutingRecognizer.Create();

    [Theory]
    [InlineData("121000358", 0, 9)]
    [InlineData("121042882", 0, 9)]
    [InlineData("3222-7162-7", 0, 11)]
    [InlineData("0711-0130-7", 0, 11)]
    [InlineData("routing number 011000015.", 15, 24)]
    public void Finds_routing_numbers(string text, int start, int end)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(1.0, m.Score));
    }

    [Theory]
    [InlineData("421042111")] // prefix 42 not a Federal Reserve range
    [InlineData("1234-0000-0")] // bad checksum
    [InlineData("121000359")] // wrong check digit
    [InlineData("000000000")] // passes the checksum, but a placeholder
    [InlineData("131000351")] // checksum right, prefix 13 unassigned
    [InlineData("1210003580")]
    public void Rejects_invalid(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Theory]
    [InlineData("121000358", true)]
    [InlineData("322271627", true)]
    [InlineData("800000006", true)]
    [InlineData("131000351", false)]
    [InlineData("121000359", false)]
    [InlineData("12100035", false)]
    public void Validator_checks_prefix_and_checksum(string candidate, bool valid) =>
        Assert.Equal(valid, AbaRoutingNumber.IsValid(candidate));
}
