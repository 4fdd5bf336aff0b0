using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anonymizer.Extensions;

/// <summary>
/// The registered <see cref="AnonymizationEngine"/> with logging and metrics: each call is counted on the meter
/// <c>Anonymizer</c> (see <see cref="AnonymizerMetrics"/>) and logged at <see cref="LogLevel.Debug"/> with the text's
/// length and the number of entities of each type. No log line and no metric ever holds a detected value or any other
/// part of the text. Thread-safe; registered as a singleton by <c>AddAnonymizer</c>.
/// </summary>
public sealed class ObservedAnonymizer : IDisposable
{
    private readonly ILogger _logger;
    private readonly Meter? _ownedMeter;
    private readonly AnonymizerInstruments _instruments;

    /// <summary>Creates the service.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="logger">The logger; none when null.</param>
    /// <param name="meterFactory">Creates the meter (DI hosts register one); a meter of its own when null.</param>
    public ObservedAnonymizer(AnonymizationEngine engine, ILogger<ObservedAnonymizer>? logger = null, IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        Meter meter;
        if (meterFactory is null)
        {
            _ownedMeter = new Meter(AnonymizerMetrics.MeterName);
            meter = _ownedMeter;
        }
        else
        {
            meter = meterFactory.Create(AnonymizerMetrics.MeterName);
        }

        _instruments = new AnonymizerInstruments(meter);
    }

    /// <summary>The engine.</summary>
    public AnonymizationEngine Engine { get; }

    /// <summary>Finds personal data in <paramref name="text"/>; see <see cref="AnonymizationEngine.Analyze"/>.</summary>
    public PiiMatch[] Analyze(string text, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Stopwatch.GetTimestamp();
        var matches = Engine.Analyze(text, options);
        var elapsed = Stopwatch.GetElapsedTime(start);
        _instruments.Record("analyze", text, matches, elapsed);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            AnonymizerLog.Analyzed(_logger, text.Length, matches.Length, DescribeTypes(matches), elapsed.TotalMilliseconds);
        }

        return matches;
    }

    /// <summary>Finds and rewrites personal data in <paramref name="text"/>; see <see cref="AnonymizationEngine.Anonymize"/>.</summary>
    public AnonymizedText Anonymize(string text, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Stopwatch.GetTimestamp();
        AnonymizedText result;
        try
        {
            result = Engine.Anonymize(text, options);
        }
        catch (Exception e)
        {
            // The exception type only: a message could quote the input.
            AnonymizerLog.Failed(_logger, text.Length, e.GetType().Name);
            throw;
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        _instruments.Record("anonymize", text, result.Matches, elapsed);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            AnonymizerLog.Anonymized(_logger, text.Length, result.Matches.Count, DescribeTypes(result.Matches), elapsed.TotalMilliseconds);
        }

        return result;
    }

    /// <summary>Disposes the meter when this service created its own.</summary>
    public void Dispose() => _ownedMeter?.Dispose();

    /// <summary>The entity types and their counts, e.g. <c>EMAIL_ADDRESS=2, PHONE_NUMBER=1</c>; <c>none</c> when empty.</summary>
    internal static string DescribeTypes(IReadOnlyList<PiiMatch> matches)
    {
        if (matches.Count == 0)
        {
            return "none";
        }

        var tally = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            tally[match.EntityType] = tally.GetValueOrDefault(match.EntityType) + 1;
        }

        var text = new StringBuilder();
        foreach (var (type, count) in tally)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(type).Append('=').Append(count);
        }

        return text.ToString();
    }
}
