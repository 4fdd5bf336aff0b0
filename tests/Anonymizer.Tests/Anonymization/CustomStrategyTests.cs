using System.Buffers;
using Anonymizer.Anonymization;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Anonymization;

public sealed class CustomStrategyTests
{
    [Fact]
    public void Uses_the_function() =>
        Assert.Equal("PERSON:4", StrategyHarness.Rewrite(new CustomStrategy((value, type) => $"{type}:{value.Length}"), "Jane", "PERSON"));

    [Fact]
    public void Uses_the_span_delegate() =>
        Assert.Equal("[J]", StrategyHarness.Rewrite(new CustomStrategy((ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output) =>
        {
            output.Write("[");
            output.Write(value[..1]);
            output.Write("]");
        }), "Jane"));
}
