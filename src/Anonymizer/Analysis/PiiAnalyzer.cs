using System.Buffers;
using System.Collections.Frozen;

namespace Anonymizer.Analysis;

/// <summary>
/// Runs the enabled recognizers over a text and returns what they found, after context enhancement, the allow list,
/// the entity filter, the score threshold and overlap resolution. Immutable and thread-safe; build it with
/// <see cref="AnonymizerBuilder"/>.
/// </summary>
public sealed class PiiAnalyzer
{
    private readonly Recognizer[] _recognizers;
    private readonly FrozenSet<string>? _defaultEntities;
    private readonly FrozenSet<string> _countries;
    private readonly AllowList _allowList;
    private readonly ContextEnhancement _contextEnhancement;
    private readonly double _minScore;

    internal PiiAnalyzer(
        IReadOnlyList<Recognizer> recognizers,
        IReadOnlyCollection<string>? defaultEntities,
        IReadOnlyCollection<string> countries,
        AllowList allowList,
        ContextEnhancement contextEnhancement,
        double minScore)
    {
        _recognizers = [.. recognizers];
        _defaultEntities = defaultEntities?.ToFrozenSet(StringComparer.Ordinal);
        _countries = countries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _allowList = allowList;
        _contextEnhancement = contextEnhancement;
        _minScore = minScore;
        var plan = new Recognizer[_recognizers.Length];
        _defaultFirstCount = Plan(null, plan, out var lastCount);
        _defaultPlan = plan[..(_defaultFirstCount + lastCount)];
    }

    // The recognizers a call naming no entity types runs (see Plan), worked out once: which are enabled then depends only
    // on this analyzer's settings.
    private readonly Recognizer[] _defaultPlan;
    private readonly int _defaultFirstCount;

    /// <summary>All registered recognizers, enabled by default or not.</summary>
    public IReadOnlyList<Recognizer> Recognizers => _recognizers;

    /// <summary>The score threshold used when a call gives none.</summary>
    public double MinScore => _minScore;

    /// <summary>Every entity type some registered recognizer can report.</summary>
    public IReadOnlyCollection<string> SupportedEntities =>
        _recognizers.SelectMany(r => r.SupportedEntities).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Analyzes <paramref name="text"/> and returns the matches sorted by start.</summary>
    public PiiMatch[] Analyze(ReadOnlySpan<char> text, AnalysisOptions? options = null)
    {
        // The thread's spare sink, taken out while in use: a recognizer that itself analyzes a text on this thread gets a
        // new one.
        var sink = t_spareSink ?? new MatchSink();
        t_spareSink = null;
        Analyze(text, sink, options);
        var matches = sink.ToArray();
        if (sink.Capacity <= MaxSpareSinkCapacity)
        {
            t_spareSink = sink;
        }

        return matches;
    }

    // A sink kept per thread for the array-returning Analyze, so that a call allocates only its result.
    [ThreadStatic]
    private static MatchSink? t_spareSink;

    // A sink grown past this by one text full of matches is not kept.
    private const int MaxSpareSinkCapacity = 1024;

    /// <summary>
    /// Analyzes <paramref name="text"/> into <paramref name="sink"/> (cleared first), sorted by start. Reusing one sink
    /// per thread avoids allocating per call.
    /// </summary>
    public void Analyze(ReadOnlySpan<char> text, MatchSink sink, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        options ??= AnalysisOptions.Default;
        sink.Clear();
        if (text.IsEmpty)
        {
            return;
        }

        var requested = options.Entities;
        var minScore = options.MinScore ?? _minScore;
        Recognizer[]? rented = null;
        ReadOnlySpan<Recognizer> first = _defaultPlan.AsSpan(0, _defaultFirstCount);
        ReadOnlySpan<Recognizer> last = _defaultPlan.AsSpan(_defaultFirstCount);
        if (requested is not null)
        {
            rented = ArrayPool<Recognizer>.Shared.Rent(_recognizers.Length);
            var firstCount = Plan(requested, rented, out var lastCount);
            first = rented.AsSpan(0, firstCount);
            last = rented.AsSpan(firstCount, lastCount);
        }

        var index = TextIndex.Rent();
        try
        {
            foreach (var recognizer in first)
            {
                Run(recognizer, text, index, sink, requested, options.ContextWords, minScore);
            }

            if (!last.IsEmpty)
            {
                // The recognizers that run last may skip what matches scoring above them, and overlapped only by matches
                // they beat, cover.
                var scores = LastRunScores.ForThread(options.ContextWords is not null);
                foreach (var recognizer in last)
                {
                    scores.Add(recognizer, recognizer.ContextEnhancement ?? _contextEnhancement);
                }

                if (scores.Base < 1.0)
                {
                    index.Settle(text, sink.Matches, scores);
                }

                foreach (var recognizer in last)
                {
                    Run(recognizer, text, index, sink, requested, options.ContextWords, minScore);
                }
            }
        }
        finally
        {
            TextIndex.Return(index);
            if (rented is not null)
            {
                ArrayPool<Recognizer>.Shared.Return(rented, clearArray: true);
            }
        }

        sink.Truncate(OverlapResolver.Resolve(sink.WritableMatches));
    }

    /// <summary>
    /// Writes into <paramref name="plan"/> the recognizers a call naming <paramref name="requested"/> (or no entity types)
    /// runs, in registration order: first those that run first, then those that run last
    /// (<see cref="Recognizer.RunsLast"/>), <paramref name="lastCount"/> of them; returns how many run first.
    /// </summary>
    private int Plan(IReadOnlyCollection<string>? requested, Span<Recognizer> plan, out int lastCount)
    {
        var firstCount = 0;
        foreach (var recognizer in _recognizers)
        {
            if (!recognizer.RunsLast && IsEnabled(recognizer, requested))
            {
                plan[firstCount++] = recognizer;
            }
        }

        lastCount = 0;
        foreach (var recognizer in _recognizers)
        {
            if (recognizer.RunsLast && IsEnabled(recognizer, requested))
            {
                plan[firstCount + lastCount++] = recognizer;
            }
        }

        return firstCount;
    }

    private void Run(
        Recognizer recognizer,
        ReadOnlySpan<char> text,
        TextIndex index,
        MatchSink sink,
        IReadOnlyCollection<string>? requested,
        IReadOnlyList<string>? callContext,
        double minScore)
    {
        var first = sink.Count;
        recognizer.Analyze(text, index, sink);
        if (sink.Count == first)
        {
            return;
        }

        FilterAndEnhance(text, sink, first, recognizer, requested, callContext, minScore);
    }

    /// <summary>The recognizers that run for a call naming <paramref name="entities"/> (or none).</summary>
    public IEnumerable<Recognizer> EnabledRecognizers(IReadOnlyCollection<string>? entities = null) =>
        _recognizers.Where(r => IsEnabled(r, entities));

    private bool IsEnabled(Recognizer recognizer, IReadOnlyCollection<string>? requested)
    {
        if (requested is null)
        {
            if (_defaultEntities is null)
            {
                return IsOnByDefault(recognizer);
            }

            return recognizer.SupportedEntities.Any(_defaultEntities.Contains);
        }

        foreach (var entity in requested)
        {
            if (recognizer.Supports(entity))
            {
                return true;
            }
        }

        return false;
    }

    private void FilterAndEnhance(
        ReadOnlySpan<char> text,
        MatchSink sink,
        int first,
        Recognizer recognizer,
        IReadOnlyCollection<string>? requested,
        IReadOnlyList<string>? callContext,
        double minScore)
    {
        var matches = sink.WritableMatches;
        var kept = first;
        var enhancement = recognizer.ContextEnhancement ?? _contextEnhancement;
        for (var i = first; i < matches.Length; i++)
        {
            var match = matches[i];
            if ((uint)match.Start > (uint)text.Length || (uint)match.Length > (uint)(text.Length - match.Start) || match.Length == 0)
            {
                throw new InvalidOperationException(
                    $"Recognizer '{recognizer.Name}' reported a span [{match.Start}, {match.End}) outside a text of length {text.Length}.");
            }

            if (!IsRequested(match.EntityType, recognizer, requested) || IsAllowed(text, match))
            {
                continue;
            }

            match = match with { Score = Math.Clamp(match.Score, 0.0, 1.0) };
            if (match.Score < 1.0 && !recognizer.ContextWords.IsEmpty && !enhancement.IsDisabled)
            {
                match = Enhance(text, match, recognizer.ContextWords, enhancement, callContext);
            }

            if (match.Score >= minScore)
            {
                matches[kept++] = match;
            }
        }

        sink.Truncate(kept);
    }

    private bool IsRequested(string entityType, Recognizer recognizer, IReadOnlyCollection<string>? requested)
    {
        if (requested is not null)
        {
            return requested.Contains(entityType);
        }

        return _defaultEntities?.Contains(entityType) ?? IsOnByDefault(recognizer);
    }

    private bool IsOnByDefault(Recognizer recognizer) =>
        recognizer.EnabledByDefault || (recognizer.Country is not null && _countries.Contains(recognizer.Country));

    private bool IsAllowed(ReadOnlySpan<char> text, in PiiMatch match) =>
        !_allowList.IsEmpty && _allowList.Allows(match.TextIn(text));

    private static PiiMatch Enhance(
        ReadOnlySpan<char> text,
        in PiiMatch match,
        ContextWordSet contextWords,
        ContextEnhancement enhancement,
        IReadOnlyList<string>? callContext)
    {
        // Most matches have no context word before them: a search of the words before the match for any word of the set
        // rules that out before the words are lower-cased and looked up one by one.
        var before = text[ContextWindow.StartOfWordsBefore(text, match.Start, enhancement.WordsBefore)..match.Start];
        if (callContext is null && !contextWords.CanOccurIn(before))
        {
            return match;
        }

        var window = ContextWindow.ForThread();
        window.AddWordsOf(before);
        if (callContext is not null)
        {
            foreach (var phrase in callContext)
            {
                window.AddWordsOf(phrase);
            }
        }

        var word = contextWords.FindIn(window);
        if (word is null)
        {
            return match;
        }

        return match with
        {
            Score = enhancement.Apply(match.Score),
            Explanation = match.Explanation with { ContextWord = word },
        };
    }
}
