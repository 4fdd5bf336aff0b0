using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.MX;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.MX;

public sealed class MxCurpRecognizerTests
{
    private static readonly Recognizer Recognizer = MxCurpRecognizer.Create();

    [Theory]
    [InlineData("GORS800101HDFMLR07", 0, 18)]
    [InlineData("CURP: HEGG560427MVZRRL04", 6, 24)]
    [InlineData("BADD110313HCMLNSA6", 0, 18)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("GORS800101HDFMLR08")]
    [InlineData("GORS801301HDFMLR07")]
    [InlineData("GORS800230HDFMLR07")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.MxCurp], Recognizer.SupportedEntities);
        Assert.Equal("MX", Recognizer.Country);
    }

    [Theory]
    [InlineData("GORS800101HDFMLR07", ValidationOutcome.Valid)]
    [InlineData("GORS800101HDFMLR08", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, MxCurpRecognizer.Validate(candidate));
}
