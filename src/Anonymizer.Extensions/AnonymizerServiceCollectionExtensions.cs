using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using System.Diagnostics.Metrics;

namespace Anonymizer.Extensions;

/// <summary>
/// Registers Anonymizer in a service collection: the built <see cref="AnonymizationEngine"/>, its
/// <see cref="PiiAnalyzer"/> and <see cref="TextAnonymizer"/> as singletons, and <see cref="ObservedAnonymizer"/>
/// (the engine with logging and metrics).
/// </summary>
public static class AnonymizerServiceCollectionExtensions
{
    /// <summary>Registers an engine configured in code.</summary>
    /// <example>
    /// <code>
    /// services.AddAnonymizer(b => b.WithMinScore(0.5).WithStrategy("CREDIT_CARD", new MaskStrategy(new MaskOptions { KeepLast = 4 })));
    /// </code>
    /// </example>
    public static IServiceCollection AddAnonymizer(this IServiceCollection services, Action<AnonymizerBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddAnonymizer((_, builder) => configure(builder));
    }

    /// <summary>
    /// Registers an engine configured in code, with access to other services. The engine is built once, when the host
    /// starts (<c>ValidateOnStart</c>): a configuration error stops the start-up with its message.
    /// </summary>
    public static IServiceCollection AddAnonymizer(this IServiceCollection services, Action<IServiceProvider, AnonymizerBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSingleton(sp =>
        {
            var builder = new AnonymizerBuilder();
            configure(sp, builder);
            return new RegisteredEngine(builder.Build(), KeyId: null);
        });

        // Build the engine when the host starts, so a mistake in the code that configures it (an unknown phone region,
        // a bad pattern) stops the start-up with its message rather than surfacing at the first use.
        services.AddOptions<EngineBuiltAtStart>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<EngineBuiltAtStart>, EngineBuiltAtStartValidator>();
        return AddDerivedServices(services);
    }

    /// <summary>
    /// Registers an engine configured by a configuration section (e.g. <c>configuration.GetSection("Anonymizer")</c>)
    /// that mirrors the policy file: <c>Default</c>, <c>Entities</c>, plus <c>Analyzer</c> settings and the key
    /// (<c>KeyFile</c>, or the <c>ANONYMIZER_KEY</c> environment variable). See <see cref="AnonymizerOptions"/>.
    /// The settings are validated when the host starts (<c>ValidateOnStart</c>); an error names its configuration path.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <param name="configure">Further settings in code (your own recognizers, strategies), applied after the configuration.</param>
    public static IServiceCollection AddAnonymizer(this IServiceCollection services, IConfiguration configuration, Action<AnonymizerBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AnonymizerOptions>()
            .Bind(configuration)
            .Configure(o => o.Configuration = configuration)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AnonymizerOptions>>(new AnonymizerOptionsValidator(configure));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AnonymizerOptions>>().Value;
            var engine = ConfiguredEngineFactory.Build(options, configure, out var keyId);
            return new RegisteredEngine(engine, keyId);
        });
        return AddDerivedServices(services);
    }

    // The engine is built without touching logging: a host that redacts its logs with PiiRedactor resolves the engine
    // while it builds its logger factory, so an engine factory asking for ILoggerFactory would recurse without end.
    // "Anonymizer ready" is logged when ObservedAnonymizer is created instead.
    private static IServiceCollection AddDerivedServices(IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<RegisteredEngine>().Engine);
        services.TryAddSingleton(sp => sp.GetRequiredService<AnonymizationEngine>().Analyzer);
        services.TryAddSingleton(sp => sp.GetRequiredService<AnonymizationEngine>().Anonymizer);
        services.TryAddSingleton(sp =>
        {
            var registered = sp.GetRequiredService<RegisteredEngine>();
            var loggers = sp.GetService<ILoggerFactory>();
            var observed = new ObservedAnonymizer(registered.Engine, loggers?.CreateLogger<ObservedAnonymizer>(), sp.GetService<IMeterFactory>());
            LogReady(loggers?.CreateLogger("Anonymizer") ?? NullLogger.Instance, registered);
            return observed;
        });
        return services;
    }

    private static void LogReady(ILogger logger, RegisteredEngine registered)
    {
        var engine = registered.Engine;
        AnonymizerLog.EngineReady(logger, engine.Analyzer.Recognizers.Count, engine.Anonymizer.Policy.Default.Name, engine.Anonymizer.Policy.ByEntity.Count, registered.KeyId ?? "none");
    }

    /// <summary>The options type whose start-up validation builds the engine configured in code.</summary>
    private sealed class EngineBuiltAtStart
    {
    }

    private sealed class EngineBuiltAtStartValidator(IServiceProvider services) : IValidateOptions<EngineBuiltAtStart>
    {
        public ValidateOptionsResult Validate(string? name, EngineBuiltAtStart options)
        {
            try
            {
                services.GetRequiredService<RegisteredEngine>();
                return ValidateOptionsResult.Success;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
            {
                return ValidateOptionsResult.Fail($"Anonymizer: the engine configured in code cannot be built: {e.Message}");
            }
        }
    }

    /// <summary>The engine as registered, with the id of its key when the configuration named one.</summary>
    private sealed record RegisteredEngine(AnonymizationEngine Engine, string? KeyId);

    private sealed class AnonymizerOptionsValidator(Action<AnonymizerBuilder>? configure) : IValidateOptions<AnonymizerOptions>
    {
        public ValidateOptionsResult Validate(string? name, AnonymizerOptions options)
        {
            try
            {
                ConfiguredEngineFactory.Build(options, configure, out _);
                return ValidateOptionsResult.Success;
            }
            catch (AnonymizerConfigurationException e)
            {
                return ValidateOptionsResult.Fail(e.Message);
            }
        }
    }
}
