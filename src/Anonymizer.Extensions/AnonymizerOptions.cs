using Anonymizer.Keys;
using Microsoft.Extensions.Configuration;

namespace Anonymizer.Extensions;

/// <summary>
/// The settings bound from a configuration section (by default <c>Anonymizer</c>) by
/// <see cref="AnonymizerServiceCollectionExtensions.AddAnonymizer(Microsoft.Extensions.DependencyInjection.IServiceCollection, IConfiguration, Action{AnonymizerBuilder}?)"/>.
/// The policy members <c>Default</c> and <c>Entities</c> mirror the policy file (see docs/policy.md); the analyzer
/// settings sit under <c>Analyzer</c>:
/// <code>
/// "Anonymizer": {
///   "Default":  "replace",
///   "Entities": { "EMAIL_ADDRESS": { "Strategy": "hash", "Length": 16 }, "CREDIT_CARD": { "Strategy": "mask", "KeepLast": 4 } },
///   "Analyzer": { "MinScore": 0.5, "PhoneRegions": [ "US", "GB" ], "Countries": [ "UK" ], "Allow": [ "support@example.com" ] },
///   "KeyFile":  "/run/secrets/anonymizer.key"
/// }
/// </code>
/// Every setting is validated when the host starts; an error names its configuration path.
/// </summary>
public sealed class AnonymizerOptions
{
    /// <summary>The configuration section read by default: <c>Anonymizer</c>.</summary>
    public const string SectionName = "Anonymizer";

    /// <summary>
    /// A key file for the keyed strategies (hash, pseudonymize, encrypt, shift-date): the base64 text of a key of at
    /// least 256 bits. When not set, the key comes from the environment variable named by
    /// <see cref="KeyEnvironmentVariable"/>. There is no default key.
    /// </summary>
    public string? KeyFile { get; set; }

    /// <summary>The environment variable that holds the base64 key when <see cref="KeyFile"/> is not set. Default <c>ANONYMIZER_KEY</c>.</summary>
    public string KeyEnvironmentVariable { get; set; } = AnonymizationKey.EnvironmentVariable;

    /// <summary>
    /// A policy file (JSON, see docs/policy.md) to read instead of the inline <c>Default</c> and <c>Entities</c>
    /// members. Not both.
    /// </summary>
    public string? PolicyFile { get; set; }

    /// <summary>The analyzer settings: entity filter, threshold, phone regions, countries and allow list.</summary>
    public AnonymizerAnalyzerOptions Analyzer { get; set; } = new();

    /// <summary>The section these options were bound from (holds the inline policy); null when set in code.</summary>
    internal IConfiguration? Configuration { get; set; }
}

/// <summary>The analyzer settings of <see cref="AnonymizerOptions"/> (configuration section <c>Anonymizer:Analyzer</c>).</summary>
public sealed class AnonymizerAnalyzerOptions
{
    /// <summary>
    /// The entity types reported (e.g. <c>EMAIL_ADDRESS</c>, <c>US_PASSPORT</c>); null for the recognizers on by default.
    /// Naming a type runs its recognizer even where it is off by default.
    /// </summary>
    public IList<string>? Entities { get; set; }

    /// <summary>The lowest score reported, in [0, 1]; null for 0 (everything a recognizer reports).</summary>
    public double? MinScore { get; set; }

    /// <summary>The phone regions (ISO 3166 codes; <c>UK</c> means <c>GB</c>); null for the default regions.</summary>
    public IList<string>? PhoneRegions { get; set; }

    /// <summary>Countries (ISO 3166 alpha-2 codes) whose recognizers are all enabled.</summary>
    public IList<string>? Countries { get; set; }

    /// <summary>Exact values never reported (e.g. your own support address).</summary>
    public IList<string>? Allow { get; set; }

    /// <summary>Regular expressions: a value matching one of them in full is never reported.</summary>
    public IList<string>? AllowPatterns { get; set; }

    /// <summary>Whether <see cref="Allow"/> compares ignoring case. Default false.</summary>
    public bool AllowIgnoreCase { get; set; }
}
