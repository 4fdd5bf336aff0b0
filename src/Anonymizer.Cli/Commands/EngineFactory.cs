using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Anonymizer.Ml;

namespace Anonymizer.Cli.Commands;

/// <summary>Builds the analyzer (and engine) that the command-line settings describe, reporting bad values as usage errors.</summary>
internal static class EngineFactory
{
    public static AnonymizationEngine Build(CommonSettings settings, AnonymizationPolicy? policy = null)
    {
        var builder = new AnonymizerBuilder();
        try
        {
            if (settings.PhoneRegions is { } regions)
            {
                builder.WithPhoneRegions(regions);
            }
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--phone-regions: {ex.Message}");
        }

        try
        {
            if (settings.Countries is { } countries)
            {
                builder.WithCountries(countries);
            }
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--countries: {FirstSentence(ex.Message)}");
        }

        if (settings.UseMl)
        {
            builder.AddMlRecognizer(new MlRecognizerOptions { SkipMarkup = !settings.MlReadsMarkup, SkipEncodedLines = !settings.MlReadsMarkup });
        }

        if (settings.MinScore is { } minScore)
        {
            builder.WithMinScore(minScore);
        }

        if (policy is not null)
        {
            builder.WithPolicy(policy);
        }

        AnonymizationEngine engine;
        try
        {
            engine = builder.Build();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(FirstSentence(ex.Message));
        }

        if (settings.Countries is { } known)
        {
            var available = engine.Analyzer.Recognizers.Select(r => r.Country).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            var unknown = known.FirstOrDefault(c => !available.Contains(c) && !(c.Equals("GB", StringComparison.OrdinalIgnoreCase) && available.Contains("UK")));
            if (unknown is not null)
            {
                throw new UsageException($"--countries: no recognizer for country '{unknown}' (available: {string.Join(", ", available.Order())})");
            }
        }

        return engine;
    }

    /// <summary>The entity filter of a call: null for the defaults, every supported type for 'all'.</summary>
    public static IReadOnlyCollection<string>? EntityFilter(CommonSettings settings, PiiAnalyzer analyzer)
    {
        if (settings.Entities is not { } entities)
        {
            return null;
        }

        var supported = analyzer.SupportedEntities;
        if (entities.Length == 1 && entities[0].Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return supported.ToHashSet(StringComparer.Ordinal);
        }

        if (entities.Length == 0)
        {
            throw new UsageException("--entities: give at least one entity type, or 'all'");
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var name = entity.ToUpperInvariant();
            if (!supported.Contains(name))
            {
                throw new UsageException($"--entities: unknown entity type '{entity}' (known: {string.Join(", ", supported)})");
            }

            set.Add(name);
        }

        return set;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
