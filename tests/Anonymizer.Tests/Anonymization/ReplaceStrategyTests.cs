using Anonymizer.Anonymization;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Anonymization;

public sealed class ReplaceStrategyTests
{
    [Fact]
    public void Default_template_is_the_tag() =>
        Assert.Equal("<PERSON>", StrategyHarness.Rewrite(ReplaceStrategy.Default, "Jane", "PERSON"));

    [Fact]
    public void Numbered_gives_the_same_number_to_the_same_value_within_a_document()
    {
        var document = new DocumentScope();
        Assert.Equal("<PERSON_1>", StrategyHarness.Rewrite(ReplaceStrategy.Numbered, "Jane", "PERSON", document));
        Assert.Equal("<PERSON_2>", StrategyHarness.Rewrite(ReplaceStrategy.Numbered, "John", "PERSON", document));
        Assert.Equal("<PERSON_1>", StrategyHarness.Rewrite(ReplaceStrategy.Numbered, "Jane", "PERSON", document));
    }

    [Fact]
    public void Custom_template() =>
        Assert.Equal("[redacted EMAIL_ADDRESS]", StrategyHarness.Rewrite(new ReplaceStrategy("[redacted {type}]"), "a@b.c", "EMAIL_ADDRESS"));
}
