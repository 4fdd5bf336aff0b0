using Anonymizer.Anonymization;
using Anonymizer.Extensions.Redaction;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace Anonymizer.Extensions.Tests;

public class PiiRedactorTests
{
    private static readonly DataClassificationSet FreeText = new(PiiTaxonomy.FreeText);

    private static ServiceProvider Services(Action<AnonymizerBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddAnonymizer(configure ?? (_ => { }));
        services.AddRedaction(r => r.SetRedactor<PiiRedactor>(FreeText));
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Provider_returns_the_pii_redactor_for_free_text_which_scrubs_only_the_personal_data()
    {
        using var sp = Services();
        var redactor = sp.GetRequiredService<IRedactorProvider>().GetRedactor(FreeText);

        Assert.IsType<PiiRedactor>(redactor);
        Assert.Equal("Customer <EMAIL_ADDRESS> asked for a refund", redactor.Redact("Customer jane.doe@example.com asked for a refund"));
        Assert.Equal("no personal data", redactor.Redact("no personal data"));
        Assert.Equal(string.Empty, redactor.Redact(string.Empty));
    }

    [Fact]
    public void Span_overloads_agree_with_the_length()
    {
        using var sp = Services(b => b.WithStrategy("EMAIL_ADDRESS", new HashStrategy(null, new HashOptions { Algorithm = HashAlgorithm.Sha256Salted })));
        var redactor = sp.GetRequiredService<IRedactorProvider>().GetRedactor(FreeText);
        const string Input = "Mail jane.doe@example.com";

        var length = redactor.GetRedactedLength(Input);
        var buffer = new char[length];
        var written = redactor.Redact(Input.AsSpan(), buffer);
        Assert.Equal(length, written);
        Assert.StartsWith("Mail ", new string(buffer), StringComparison.Ordinal);
        Assert.DoesNotContain("jane", new string(buffer), StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => redactor.Redact(Input.AsSpan(), new char[3]));
    }

    [Fact]
    public void Other_classifications_keep_their_own_redactor()
    {
        using var sp = Services();
        var other = sp.GetRequiredService<IRedactorProvider>().GetRedactor(new DataClassificationSet(new DataClassification("Other", "Secret")));
        Assert.IsNotType<PiiRedactor>(other);
        Assert.Equal(string.Empty, other.Redact("jane.doe@example.com"));
    }
}
