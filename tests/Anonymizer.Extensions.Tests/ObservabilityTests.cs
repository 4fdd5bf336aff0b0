using Anonymizer.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using System.Diagnostics.Metrics;

namespace Anonymizer.Extensions.Tests;

public class ObservabilityTests
{
    private static readonly string[] Values =
    [
        "jane.doe@example.com", "jane.doe", "212-555-0187", "555-0187", "4111 1111 1111 1111", "1111", "078-05-1121", "192.168.12.7",
    ];

    private const string Text = "Mail jane.doe@example.com or jane.doe@example.com, call 212-555-0187, card 4111 1111 1111 1111, SSN 078-05-1121, host 192.168.12.7.";

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddMetrics();
        services.AddAnonymizer(_ => { });
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Logs_hold_counts_and_types_but_never_a_detected_value()
    {
        using var sp = Services();
        var observed = sp.GetRequiredService<ObservedAnonymizer>();
        var result = observed.Anonymize(Text);
        observed.Analyze(Text);
        Assert.DoesNotContain("jane.doe", result.Text, StringComparison.Ordinal);

        var records = sp.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(records, r => r.Message.Contains("EMAIL_ADDRESS=2", StringComparison.Ordinal) && r.Message.Contains("CREDIT_CARD=1", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Level == LogLevel.Information && r.Message.StartsWith("Anonymizer ready", StringComparison.Ordinal));
        foreach (var record in records)
        {
            var everything = record.Message + " " + string.Join(" ", record.StructuredState?.Select(kv => kv.Value) ?? []);
            foreach (var value in Values)
            {
                Assert.DoesNotContain(value, everything, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Metrics_count_records_bytes_and_entities_by_type()
    {
        using var sp = Services();
        var factory = sp.GetRequiredService<IMeterFactory>();
        using var records = new MetricCollector<long>(factory, AnonymizerMetrics.MeterName, AnonymizerMetrics.Records);
        using var bytes = new MetricCollector<long>(factory, AnonymizerMetrics.MeterName, AnonymizerMetrics.Bytes);
        using var entities = new MetricCollector<long>(factory, AnonymizerMetrics.MeterName, AnonymizerMetrics.Entities);
        using var duration = new MetricCollector<double>(factory, AnonymizerMetrics.MeterName, AnonymizerMetrics.Duration);

        var observed = sp.GetRequiredService<ObservedAnonymizer>();
        observed.Anonymize(Text);
        observed.Anonymize("Nothing here. Ünïcödé.");

        Assert.Equal(2, records.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(Text) + System.Text.Encoding.UTF8.GetByteCount("Nothing here. Ünïcödé."), bytes.GetMeasurementSnapshot().EvaluateAsCounter());
        var byType = entities.GetMeasurementSnapshot();
        Assert.Equal(2, byType.ContainsTags(AnonymizerMetrics.EntityTypeTag).Where(m => (string?)m.Tags[AnonymizerMetrics.EntityTypeTag] == PiiEntityTypes.EmailAddress).Sum(m => m.Value));
        Assert.Equal(1, byType.Where(m => (string?)m.Tags[AnonymizerMetrics.EntityTypeTag] == PiiEntityTypes.CreditCard).Sum(m => m.Value));
        Assert.All(byType, m => Assert.Equal("anonymize", m.Tags[AnonymizerMetrics.OperationTag]));
        Assert.Equal(2, duration.GetMeasurementSnapshot().Count);
    }

    [Fact]
    public void Type_summary_is_sorted_and_counts()
    {
        PiiMatch M(string type) => new(type, 0, 1, 1, "r", default!);
        Assert.Equal("none", ObservedAnonymizer.DescribeTypes([]));
        Assert.Equal("A=1, B=2", ObservedAnonymizer.DescribeTypes([M("B"), M("A"), M("B")]));
    }
}
