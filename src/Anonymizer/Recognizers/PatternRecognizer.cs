using System.Buffers;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers;

/// <summary>
/// A recognizer made of named regular expressions, each with a base score, plus an optional validator that raises
/// the score of a candidate to 1.0 or rejects it, an optional invalidator, and context words. Allocation-free per
/// match: it enumerates regex matches over the span and writes them into the sink.
/// </summary>
public sealed class PatternRecognizer : Recognizer
{
    private readonly RegexPattern[] _patterns;
    private readonly CandidateValidator? _validator;
    private readonly CandidateValidator? _invalidator;
    private readonly SearchValues<char>? _triggers;
    private readonly string _entityType;
    private readonly ContextEnhancement? _contextEnhancement;

    /// <summary>Creates a pattern recognizer.</summary>
    public PatternRecognizer(PatternRecognizerOptions options)
        : base(Checked(options).Name, [options.EntityType], options.ContextWords, options.EnabledByDefault, options.Country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.EntityType);
        if (options.Patterns.Count == 0)
        {
            throw new ArgumentException($"Recognizer '{options.Name}' needs at least one pattern.", nameof(options));
        }

        options.ContextEnhancement?.Validate();
        _patterns = [.. options.Patterns];
        _validator = options.Validator;
        _invalidator = options.Invalidator;
        _triggers = options.Triggers;
        _entityType = options.EntityType;
        _contextEnhancement = options.ContextEnhancement;
        Validation = options.Validation;
    }

    /// <summary>What the validator checks, in a few words (see <see cref="PatternRecognizerOptions.Validation"/>).</summary>
    public string? Validation { get; }

    /// <summary>The patterns of this recognizer.</summary>
    public IReadOnlyList<RegexPattern> Patterns => _patterns;

    /// <inheritdoc />
    public override ContextEnhancement? ContextEnhancement => _contextEnhancement;

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
    {
        if (_triggers is not null && !text.ContainsAny(_triggers))
        {
            return;
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.Anchor is { } anchor)
            {
                // Anchored scans try the regex only at a few positions, each a short \G-anchored step.
                var position = 0;
                while (anchor.TryFindNext(text, position, out var index, out var length))
                {
                    Emit(text, index, length, pattern, sink);
                    position = index + length;
                }

                continue;
            }

            if (text.Length <= Window + Lookahead)
            {
                foreach (var match in pattern.Regex.EnumerateMatches(text))
                {
                    Emit(text, match.Index, match.Length, pattern, sink);
                }
            }
            else
            {
                AnalyzeInWindows(text, pattern, sink);
            }
        }
    }

    /// <summary>Characters scanned per window of a long text (see <see cref="AnalyzeInWindows"/>).</summary>
    internal const int Window = 1 << 16;

    /// <summary>Characters past a window's end that its scan may see, so a match near the end is found whole.</summary>
    internal const int Lookahead = 4096;

    /// <summary>A match ending this close to the end of a window's scan is matched again over the whole text.</summary>
    private const int Margin = 512;

    /// <summary>
    /// Scans a long text window by window. A regex match timeout bounds one scan step, and a linear scan over megabytes
    /// of text without a match (10 MB of digits) can exceed it; windows keep each step short. Each window starts where
    /// the previous match ended (lookbehinds see the real text before it, since the scan uses <c>startat</c>), accepts
    /// matches starting inside it, and sees <see cref="Lookahead"/> characters beyond; a match that reaches near the
    /// end of that view is matched again over the whole text, so it is never cut short.
    /// </summary>
    private void AnalyzeInWindows(ReadOnlySpan<char> text, RegexPattern pattern, MatchSink sink)
    {
        var floor = 0;
        for (var start = 0; start < text.Length; start += Window)
        {
            var end = Math.Min(start + Window, text.Length);
            var viewEnd = Math.Min(end + Lookahead, text.Length);
            var from = Math.Max(start, floor);
            if (from >= end)
            {
                continue;
            }

            foreach (var match in pattern.Regex.EnumerateMatches(text[..viewEnd], from))
            {
                if (match.Index >= end)
                {
                    break;
                }

                if (match.Length == 0)
                {
                    continue;
                }

                var index = match.Index;
                var length = match.Length;
                var extended = viewEnd < text.Length && index + length > viewEnd - Margin;
                if (extended)
                {
                    foreach (var whole in pattern.Regex.EnumerateMatches(text, index))
                    {
                        index = whole.Index;
                        length = whole.Length;
                        break;
                    }
                }

                Emit(text, index, length, pattern, sink);
                floor = index + length;
                if (extended)
                {
                    break;
                }
            }
        }
    }

    private void Emit(ReadOnlySpan<char> text, int index, int length, RegexPattern pattern, MatchSink sink)
    {
        if (length == 0)
        {
            return;
        }

        var candidate = text.Slice(index, length);
        if (_invalidator is not null && _invalidator(candidate) == ValidationOutcome.Invalid)
        {
            return;
        }

        var outcome = _validator?.Invoke(candidate) ?? ValidationOutcome.Undecided;
        if (outcome == ValidationOutcome.Invalid)
        {
            return;
        }

        var score = outcome == ValidationOutcome.Valid ? 1.0 : pattern.Score;
        sink.Add(new PiiMatch(_entityType, index, length, score, Name, new MatchExplanation(pattern.Name, outcome, score)));
    }

    private static PatternRecognizerOptions Checked(PatternRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Patterns);
        return options;
    }
}
