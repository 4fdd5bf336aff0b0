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
    }

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
        var sink = new MatchSink();
        Analyze(text, sink, options);
        return sink.ToArray();
    }

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
        var index = TextIndex.Rent();
        try
        {
            var last = LastRunScores.ForThread(options.ContextWords is not null);
            var runLast = 0;
            foreach (var recognizer in _recognizers)
            {
                if (!IsEnabled(recognizer, requested))
                {
                    continue;
                }

                if (recognizer.RunsLast)
                {
                    runLast++;
                    last.Add(recognizer, recognizer.ContextEnhancement ?? _contextEnhancement);
                    continue;
                }

                Run(recognizer, text, index, sink, requested, options.ContextWords, minScore);
            }

            if (runLast > 0)
            {
                // The recognizers that run last may skip what matches scoring above them, and overlapped only by matches
                // they beat, cover.
                if (last.Base < 1.0)
                {
                    index.Settle(text, sink.Matches, last);
                }

                foreach (var recognizer in _recognizers)
                {
                    if (recognizer.RunsLast && IsEnabled(recognizer, requested))
                    {
                        Run(recognizer, text, index, sink, requested, options.ContextWords, minScore);
                    }
                }
            }
        }
        finally
        {
            TextIndex.Return(index);
        }

        sink.Truncate(OverlapResolver.Resolve(sink.WritableMatches));
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
