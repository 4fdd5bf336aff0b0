using Anonymizer.Anonymization;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Anonymization;

public sealed class KeepStrategyTests
{
    [Fact]
    public void Keeps_the_value() => Assert.Equal("Jane Doe", StrategyHarness.Rewrite(KeepStrategy.Instance, "Jane Doe", "PERSON"));
}
