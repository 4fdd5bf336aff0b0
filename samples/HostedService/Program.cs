// HostedService: the generic host, dependency injection and appsettings.json. The "Anonymizer" section configures the
// engine (validated at start-up), a background service anonymizes a file through ObservedAnonymizer (logs and
// metrics without values), and PiiRedactor scrubs a free-text value through Microsoft.Extensions.Compliance.
using Anonymizer.Extensions;
using Anonymizer.Extensions.Redaction;
using Anonymizer.Keys;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Samples.HostedService;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

// The policy hashes e-mail addresses, which needs a key. There is no default key: without ANONYMIZER_KEY or a
// configured KeyFile this sample generates one for this run into a temporary key file.
string? generatedKeyFile = null;
if (string.IsNullOrWhiteSpace(builder.Configuration["Anonymizer:KeyFile"]) && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(AnonymizationKey.EnvironmentVariable)))
{
    using var key = AnonymizationKey.Generate();
    generatedKeyFile = Path.GetTempFileName();
    File.WriteAllText(generatedKeyFile, key.ExportBase64());
    builder.Configuration["Anonymizer:KeyFile"] = generatedKeyFile;
    Console.WriteLine($"generated a key for this run (key id {key.KeyId})");
}

builder.Services.AddAnonymizer(builder.Configuration.GetSection(AnonymizerOptions.SectionName));
builder.Services.AddRedaction(r => r.SetRedactor<PiiRedactor>(new DataClassificationSet(PiiTaxonomy.FreeText)));
builder.Services.AddHostedService<AnonymizeFileService>();

try
{
    await builder.Build().RunAsync();
}
finally
{
    if (generatedKeyFile is not null)
    {
        File.Delete(generatedKeyFile);
    }
}
