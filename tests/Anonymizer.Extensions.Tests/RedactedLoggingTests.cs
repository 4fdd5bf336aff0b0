using Anonymizer.Extensions.Redaction;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Anonymizer.Extensions.Tests;

/// <summary>
/// A host that already classifies its log properties turns on redaction (<c>EnableRedaction</c>) and maps free text to
/// <see cref="PiiRedactor"/>: building the host must finish (the redactor needs the engine while the logger factory is
/// being built), and a free-text property must reach the log scrubbed of its personal data.
/// </summary>
public sealed partial class RedactedLoggingTests
{
    [Fact]
    public async Task A_host_redacting_its_logs_with_the_pii_redactor_builds_and_scrubs_free_text()
    {
        // A recursion between the engine and the logger factory would never return: bound the build.
        var building = Task.Run(() =>
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Logging.ClearProviders();
            builder.Logging.AddFakeLogging();
            builder.Logging.EnableRedaction();
            builder.Services.AddAnonymizer(_ => { });
            builder.Services.AddRedaction(r => r.SetRedactor<PiiRedactor>(new DataClassificationSet(PiiTaxonomy.FreeText)));
            return builder.Build();
        });
        using var host = await building.WaitAsync(TimeSpan.FromSeconds(60));

        var logger = host.Services.GetRequiredService<ILogger<RedactedLoggingTests>>();
        Ticket(logger, 42, "Refund requested by jane.doe@example.com, call 212-555-0187");
        host.Services.GetRequiredService<ObservedAnonymizer>();

        var records = host.Services.GetFakeLogCollector().GetSnapshot();
        var ticket = Assert.Single(records, r => r.Id.Id == 7);
        Assert.Contains("<EMAIL_ADDRESS>", ticket.Message, StringComparison.Ordinal);
        Assert.Contains("<PHONE_NUMBER>", ticket.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe", ticket.Message, StringComparison.Ordinal);
        Assert.Contains(records, r => r.Message.StartsWith("Anonymizer ready", StringComparison.Ordinal));
    }

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Ticket {Id}: {Text}")]
    private static partial void Ticket(ILogger logger, int id, [FreeText] string text);
}
