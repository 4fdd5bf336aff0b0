using Microsoft.Extensions.Configuration;
using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Anonymizer.Keys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Anonymizer.Extensions.Tests;

public class AddAnonymizerTests
{
    [Fact]
    public void Builder_registration_exposes_the_engine_its_analyzer_and_anonymizer_as_singletons()
    {
        var services = new ServiceCollection();
        services.AddAnonymizer(b => b.WithStrategy(PiiEntityTypes.EmailAddress, RedactStrategy.Instance));
        using var sp = services.BuildServiceProvider();

        var engine = sp.GetRequiredService<AnonymizationEngine>();
        Assert.Same(engine, sp.GetRequiredService<AnonymizationEngine>());
        Assert.Same(engine.Analyzer, sp.GetRequiredService<PiiAnalyzer>());
        Assert.Same(engine.Anonymizer, sp.GetRequiredService<TextAnonymizer>());
        Assert.Same(engine, sp.GetRequiredService<ObservedAnonymizer>().Engine);
        Assert.Equal("Mail  now", engine.Anonymize("Mail jane.doe@example.com now").Text);
    }

    [Fact]
    public void Builder_registration_can_use_other_services()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new ReplaceStrategy("[{type}]"));
        services.AddAnonymizer((sp, b) => b.WithDefaultStrategy(sp.GetRequiredService<ReplaceStrategy>()));
        using var sp = services.BuildServiceProvider();
        Assert.Equal("Mail [EMAIL_ADDRESS]", sp.GetRequiredService<AnonymizationEngine>().Anonymize("Mail jane.doe@example.com").Text);
    }

    [Fact]
    public void Configuration_mirrors_the_policy_file_and_the_analyzer_settings()
    {
        var config = TestConfig.FromJson("""
            { "Anonymizer": {
                "Default": { "Strategy": "replace", "Template": "[{type}]" },
                "Entities": {
                  "CREDIT_CARD": { "Strategy": "mask", "KeepLast": 4 },
                  "PHONE_NUMBER": "redact"
                },
                "Analyzer": { "Allow": [ "support@example.com" ], "MinScore": 0.3, "PhoneRegions": [ "US" ] }
            } }
            """);
        var services = new ServiceCollection();
        services.AddAnonymizer(config.GetSection("Anonymizer"));
        using var sp = services.BuildServiceProvider();

        var engine = sp.GetRequiredService<AnonymizationEngine>();
        var result = engine.Anonymize("Card 4111 1111 1111 1111, mail jane.doe@example.com or support@example.com, call 212-555-0187.");
        Assert.Equal("Card **** **** **** 1111, mail [EMAIL_ADDRESS] or support@example.com, call .", result.Text);
        Assert.Equal(0.3, engine.Analyzer.MinScore);
    }

    [Fact]
    public void Configuration_entities_filter_limits_the_reported_types()
    {
        var config = TestConfig.FromJson("""{ "Anonymizer": { "Analyzer": { "Entities": [ "EMAIL_ADDRESS" ] } } }""");
        var services = new ServiceCollection().AddAnonymizer(config.GetSection("Anonymizer"));
        using var sp = services.BuildServiceProvider();
        Assert.Equal("<EMAIL_ADDRESS> 4111 1111 1111 1111", sp.GetRequiredService<AnonymizationEngine>().Anonymize("a@example.com 4111 1111 1111 1111").Text);
    }

    [Fact]
    public void Key_comes_from_the_configured_key_file()
    {
        using var key = AnonymizationKey.Generate();
        var keyFile = Path.GetTempFileName();
        try
        {
            File.WriteAllText(keyFile, key.ExportBase64());
            var config = TestConfig.FromJson($$"""
                { "Anonymizer": { "KeyFile": {{System.Text.Json.JsonSerializer.Serialize(keyFile)}},
                                  "Entities": { "EMAIL_ADDRESS": { "Strategy": "hash", "Length": 16 } } } }
                """);
            using var sp = new ServiceCollection().AddAnonymizer(config.GetSection("Anonymizer")).BuildServiceProvider();
            var text = sp.GetRequiredService<AnonymizationEngine>().Anonymize("Mail jane.doe@example.com").Text;

            var expected = new AnonymizerBuilder().WithStrategy("EMAIL_ADDRESS", new HashStrategy(key, new HashOptions { Length = 16 })).Build()
                .Anonymize("Mail jane.doe@example.com").Text;
            Assert.Equal(expected, text);
            Assert.Matches("^Mail [0-9a-f]{16}$", text);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    [Fact]
    public void Key_comes_from_the_environment_variable_when_no_file_is_configured()
    {
        const string Variable = "ANONYMIZER_TEST_KEY_ENV";
        using var key = AnonymizationKey.Generate();
        Environment.SetEnvironmentVariable(Variable, key.ExportBase64());
        try
        {
            var config = TestConfig.FromJson($$"""
                { "Anonymizer": { "KeyEnvironmentVariable": "{{Variable}}", "Entities": { "EMAIL_ADDRESS": "pseudonymize" } } }
                """);
            using var sp = new ServiceCollection().AddAnonymizer(config.GetSection("Anonymizer")).BuildServiceProvider();
            var first = sp.GetRequiredService<AnonymizationEngine>().Anonymize("Mail jane.doe@example.com").Text;
            Assert.DoesNotContain("jane.doe", first, StringComparison.Ordinal);
            Assert.Contains("@", first, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Theory]
    [InlineData("""{ "Entities": { "CREDIT_CARD": { "Strategy": "mask", "KeepLast": -1 } } }""", "Anonymizer:Entities:CREDIT_CARD:keepLast: must be a non-negative integer")]
    [InlineData("""{ "Entities": { "CREDIT_CARD": { "Strategy": "shred" } } }""", "Anonymizer:Entities:CREDIT_CARD:strategy: unknown strategy 'shred'")]
    [InlineData("""{ "Entities": { "CREDIT_CARD": { "Strategy": "mask", "KeepLst": 4 } } }""", "Anonymizer:Entities:CREDIT_CARD:keepLst: unknown option")]
    [InlineData("""{ "KeyEnvironmentVariable": "ANONYMIZER_TEST_UNSET", "Entities": { "EMAIL_ADDRESS": "hash" } }""", "Anonymizer:Entities:EMAIL_ADDRESS: The 'hash' strategy needs a key: set Anonymizer:KeyFile or the environment variable ANONYMIZER_TEST_UNSET")]
    [InlineData("""{ "KeyFile": "/nonexistent/anonymizer.key" }""", "Anonymizer:KeyFile: the key file '/nonexistent/anonymizer.key' does not exist")]
    [InlineData("""{ "Analyzer": { "MinScore": 2 } }""", "Anonymizer:Analyzer:MinScore: must lie in [0, 1]")]
    [InlineData("""{ "Analyzer": { "Countries": [ "Germany" ] } }""", "Anonymizer:Analyzer:Countries: 'Germany' is not an ISO 3166 alpha-2 country code")]
    [InlineData("""{ "Analyzer": { "AllowPatterns": [ "([a-z" ] } }""", "Anonymizer:Analyzer:AllowPatterns:")]
    [InlineData("""{ "Columns": { } , "Default": "replace" }""", "Anonymizer:Columns: unknown setting")]
    [InlineData("""{ "Analyzer": { "MinScor": 0.5 } }""", "Anonymizer:Analyzer:MinScor: unknown setting")]
    public async Task Invalid_settings_stop_the_host_at_start_with_the_configuration_path(string section, string expected)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{ "Anonymizer": {{section}} }""")));
        builder.Services.AddAnonymizer(builder.Configuration.GetSection("Anonymizer"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engine_configured_in_code_that_cannot_be_built_stops_the_host_at_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAnonymizer(b => b.WithPhoneRegions("XX"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("XX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engine_configured_in_code_starts_the_host_and_is_built_once()
    {
        var builds = 0;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAnonymizer((_, b) => { builds++; b.WithMinScore(0.5); });
        using var host = builder.Build();
        await host.StartAsync();
        Assert.Equal(1, builds);
        Assert.Equal("Mail <EMAIL_ADDRESS>", host.Services.GetRequiredService<AnonymizationEngine>().Anonymize("Mail a@example.com").Text);
        Assert.Equal(1, builds);
        await host.StopAsync();
    }

    [Fact]
    public async Task Valid_settings_start_the_host()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonStream(new MemoryStream("""{ "Anonymizer": { "Default": "redact" } }"""u8.ToArray()));
        builder.Services.AddAnonymizer(builder.Configuration.GetSection("Anonymizer"));
        using var host = builder.Build();
        await host.StartAsync();
        Assert.Equal("Mail ", host.Services.GetRequiredService<AnonymizationEngine>().Anonymize("Mail a@example.com").Text);
        await host.StopAsync();
    }

    [Fact]
    public void A_policy_file_can_be_named_instead_of_inline_entries()
    {
        var policy = Path.GetTempFileName();
        try
        {
            File.WriteAllText(policy, """{ "entities": { "EMAIL_ADDRESS": "redact" } }""");
            var config = TestConfig.FromJson($$"""{ "Anonymizer": { "PolicyFile": {{System.Text.Json.JsonSerializer.Serialize(policy)}} } }""");
            using var sp = new ServiceCollection().AddAnonymizer(config.GetSection("Anonymizer")).BuildServiceProvider();
            Assert.Equal("Mail ", sp.GetRequiredService<AnonymizationEngine>().Anonymize("Mail a@example.com").Text);
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Fact]
    public void Code_settings_apply_after_the_configuration()
    {
        var config = TestConfig.FromJson("""{ "Anonymizer": { "Default": "redact" } }""");
        using var sp = new ServiceCollection()
            .AddAnonymizer(config.GetSection("Anonymizer"), b => b.AddDenyList("PROJECT", ["Bluebird"]))
            .BuildServiceProvider();
        Assert.Equal("Project  ships", sp.GetRequiredService<AnonymizationEngine>().Anonymize("Project Bluebird ships").Text);
    }
}
