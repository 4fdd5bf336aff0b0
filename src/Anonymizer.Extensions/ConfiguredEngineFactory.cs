using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Anonymizer.Anonymization;
using Anonymizer.Keys;
using Microsoft.Extensions.Configuration;

namespace Anonymizer.Extensions;

/// <summary>
/// Builds an engine from <see cref="AnonymizerOptions"/>: reads the key, the policy (inline or from a file) and the
/// analyzer settings, and reports every problem as an <see cref="AnonymizerConfigurationException"/> that names the
/// configuration path.
/// </summary>
internal static class ConfiguredEngineFactory
{
    private static readonly string[] KnownMembers = ["Default", "Entities", "Analyzer", "KeyFile", "KeyEnvironmentVariable", "PolicyFile"];
    private static readonly string[] KnownAnalyzerMembers = ["Entities", "MinScore", "PhoneRegions", "Countries", "Allow", "AllowPatterns", "AllowIgnoreCase"];

    public static AnonymizationEngine Build(AnonymizerOptions options, Action<AnonymizerBuilder>? configure, out string? keyId)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = options.Configuration;
        var root = section is IConfigurationSection s ? s.Path : string.Empty;
        CheckKnownMembers(section, root);

        using var key = ReadKey(options, root);
        keyId = key?.KeyId;
        var builder = new AnonymizerBuilder();
        var policy = ReadPolicy(options, section, root, key);
        if (policy is not null)
        {
            builder.WithPolicy(policy);
        }

        ApplyAnalyzer(options.Analyzer, builder, Join(root, "Analyzer"));
        try
        {
            configure?.Invoke(builder);
            return builder.Build();
        }
        catch (ArgumentException e)
        {
            throw new AnonymizerConfigurationException(Join(root, "Analyzer"), FirstSentence(e.Message), e);
        }
    }

    private static void CheckKnownMembers(IConfiguration? section, string root)
    {
        if (section is null)
        {
            return;
        }

        foreach (var child in section.GetChildren())
        {
            if (!Contains(KnownMembers, child.Key))
            {
                throw new AnonymizerConfigurationException(child.Path, $"unknown setting (known: {string.Join(", ", KnownMembers)})", null);
            }
        }

        foreach (var child in section.GetSection("Analyzer").GetChildren())
        {
            if (!Contains(KnownAnalyzerMembers, child.Key))
            {
                throw new AnonymizerConfigurationException(child.Path, $"unknown setting (known: {string.Join(", ", KnownAnalyzerMembers)})", null);
            }
        }
    }

    private static AnonymizationKey? ReadKey(AnonymizerOptions options, string root)
    {
        if (!string.IsNullOrWhiteSpace(options.KeyFile))
        {
            var path = Join(root, "KeyFile");
            if (!File.Exists(options.KeyFile))
            {
                throw new AnonymizerConfigurationException(path, $"the key file '{options.KeyFile}' does not exist", null);
            }

            try
            {
                return AnonymizationKey.FromFile(options.KeyFile);
            }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
            {
                throw new AnonymizerConfigurationException(path, FirstSentence(e.Message), e);
            }
        }

        if (string.IsNullOrWhiteSpace(options.KeyEnvironmentVariable))
        {
            throw new AnonymizerConfigurationException(Join(root, "KeyEnvironmentVariable"), "must name an environment variable", null);
        }

        try
        {
            return AnonymizationKey.TryFromEnvironment(options.KeyEnvironmentVariable);
        }
        catch (ArgumentException e)
        {
            throw new AnonymizerConfigurationException(Join(root, "KeyEnvironmentVariable"), FirstSentence(e.Message), e);
        }
    }

    private static AnonymizationPolicy? ReadPolicy(AnonymizerOptions options, IConfiguration? section, string root, AnonymizationKey? key)
    {
        var inline = section is not null && (section.GetSection("Default").Exists() || section.GetSection("Entities").Exists());
        if (!string.IsNullOrWhiteSpace(options.PolicyFile))
        {
            var path = Join(root, "PolicyFile");
            if (inline)
            {
                throw new AnonymizerConfigurationException(path, "give either a policy file or inline Default/Entities, not both", null);
            }

            if (!File.Exists(options.PolicyFile))
            {
                throw new AnonymizerConfigurationException(path, $"the policy file '{options.PolicyFile}' does not exist", null);
            }

            try
            {
                return Anonymization.PolicyFile.Load(options.PolicyFile, key);
            }
            catch (PolicyException e)
            {
                throw new AnonymizerConfigurationException(path, $"{options.PolicyFile}: {e.Message}", e);
            }
            catch (KeyRequiredException e)
            {
                throw new AnonymizerConfigurationException(path, $"{options.PolicyFile}: {KeyMessage(e, options, root)}", e);
            }
        }

        if (!inline)
        {
            return null;
        }

        AnonymizationStrategy defaultStrategy = ReplaceStrategy.Default;
        var byEntity = new Dictionary<string, AnonymizationStrategy>(StringComparer.Ordinal);
        var defaultSection = section!.GetSection("Default");
        if (defaultSection.Exists())
        {
            defaultStrategy = ReadEntry(defaultSection, key, options, root);
        }

        foreach (var entity in section.GetSection("Entities").GetChildren())
        {
            byEntity[entity.Key] = ReadEntry(entity, key, options, root);
        }

        return new AnonymizationPolicy(defaultStrategy, byEntity);
    }

    private static AnonymizationStrategy ReadEntry(IConfigurationSection entry, AnonymizationKey? key, AnonymizerOptions options, string root)
    {
        var json = ToJson(entry);
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        const string Marker = "$";
        try
        {
            return Anonymization.PolicyFile.ReadStrategy(document.RootElement, Marker, key);
        }
        catch (PolicyException e)
        {
            throw new AnonymizerConfigurationException(ToConfigurationPath(entry.Path, e.JsonPath), e.Reason, e);
        }
        catch (KeyRequiredException e)
        {
            throw new AnonymizerConfigurationException(entry.Path, KeyMessage(e, options, root), e);
        }
    }

    /// <summary>A configuration entry as the JSON a policy file would hold: option names camelCase, numbers and booleans typed.</summary>
    private static JsonNode? ToJson(IConfigurationSection entry)
    {
        var children = entry.GetChildren().ToList();
        if (children.Count == 0)
        {
            return entry.Value is null ? null : Scalar(entry.Value);
        }

        var obj = new JsonObject();
        foreach (var child in children)
        {
            obj[CamelCase(child.Key)] = ToJson(child);
        }

        return obj;
    }

    private static JsonNode Scalar(string value)
    {
        if (bool.TryParse(value, out var flag))
        {
            return JsonValue.Create(flag);
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        return JsonValue.Create(value);
    }

    private static string ToConfigurationPath(string entryPath, string jsonPath)
    {
        // "$" is the entry itself; "$.keepLast" an option of it; "$['odd name']" an option with an odd name.
        var rest = jsonPath.Length > 1 ? jsonPath[1..] : string.Empty;
        if (rest.StartsWith('.'))
        {
            rest = rest[1..];
        }
        else if (rest.StartsWith("['", StringComparison.Ordinal) && rest.EndsWith("']", StringComparison.Ordinal))
        {
            rest = rest[2..^2];
        }

        return rest.Length == 0 ? entryPath : $"{entryPath}:{rest.Replace('.', ':')}";
    }

    private static void ApplyAnalyzer(AnonymizerAnalyzerOptions analyzer, AnonymizerBuilder builder, string path)
    {
        Apply(Join(path, "Entities"), () =>
        {
            if (analyzer.Entities is { Count: > 0 } entities)
            {
                if (entities.Any(string.IsNullOrWhiteSpace))
                {
                    throw new ArgumentException("an entity type must not be empty");
                }

                builder.WithEntities(entities);
            }
        });
        Apply(Join(path, "MinScore"), () =>
        {
            if (analyzer.MinScore is { } minScore)
            {
                if (minScore is < 0 or > 1 || double.IsNaN(minScore))
                {
                    throw new ArgumentException($"must lie in [0, 1] (was {minScore.ToString(CultureInfo.InvariantCulture)})");
                }

                builder.WithMinScore(minScore);
            }
        });
        Apply(Join(path, "PhoneRegions"), () =>
        {
            if (analyzer.PhoneRegions is { Count: > 0 } regions)
            {
                builder.WithPhoneRegions(regions);
            }
        });
        Apply(Join(path, "Countries"), () =>
        {
            if (analyzer.Countries is { Count: > 0 } countries)
            {
                builder.WithCountries(countries);
            }
        });
        Apply(Join(path, "Allow"), () =>
        {
            if (analyzer.Allow is { Count: > 0 } allow)
            {
                builder.Allow(allow).AllowIgnoringCase(analyzer.AllowIgnoreCase);
            }
        });
        Apply(Join(path, "AllowPatterns"), () =>
        {
            if (analyzer.AllowPatterns is { Count: > 0 } patterns)
            {
                foreach (var pattern in patterns)
                {
                    _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
                }

                builder.AllowPattern(patterns);
            }
        });
    }

    private static void Apply(string path, Action apply)
    {
        try
        {
            apply();
        }
        catch (ArgumentException e)
        {
            throw new AnonymizerConfigurationException(path, FirstSentence(e.Message), e);
        }
    }

    private static string KeyMessage(KeyRequiredException e, AnonymizerOptions options, string root)
    {
        var message = e.Message;
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        var reason = colon >= 0 && message.StartsWith('$') ? message[(colon + 2)..] : message;
        var cut = reason.IndexOf(':', StringComparison.Ordinal);
        var what = cut >= 0 ? reason[..cut] : reason.TrimEnd('.');
        return $"{what}: set {Join(root, "KeyFile")} or the environment variable {options.KeyEnvironmentVariable} (base64, at least 256 bits)";
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }

    private static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static string Join(string root, string name) => root.Length == 0 ? name : $"{root}:{name}";

    private static bool Contains(string[] names, string name)
    {
        foreach (var n in names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
