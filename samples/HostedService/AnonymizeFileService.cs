using Anonymizer.Extensions;
using Anonymizer.Extensions.Redaction;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Hosting;

namespace Samples.HostedService;

/// <summary>Anonymizes data/sample.txt line by line, prints the result, scrubs one value with the redactor, then stops the host.</summary>
internal sealed class AnonymizeFileService(ObservedAnonymizer anonymizer, IRedactorProvider redactors, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "sample.txt");
        var lines = 0;
        var entities = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, stoppingToken))
        {
            var result = anonymizer.Anonymize(line);
            lines++;
            entities += result.Matches.Count;
            Console.WriteLine(result.Text);
        }

        Console.WriteLine($"anonymized {lines} lines, {entities} entities");

        var redactor = redactors.GetRedactor(new DataClassificationSet(PiiTaxonomy.FreeText));
        Console.WriteLine("redacted log property: " + redactor.Redact("Refund requested by jane.doe@example.com, call +44 20 7946 0958"));
        lifetime.StopApplication();
    }
}
