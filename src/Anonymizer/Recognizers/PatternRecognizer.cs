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
                var position = 0;
                while (anchor.TryFindNext(text, position, out var index, out var length))
                {
                    Report(text, pattern, index, length, sink);
                    position = index + length;
                }

                continue;
            }

            foreach (var match in pattern.Regex.EnumerateMatches(text))
            {
                if (match.Length > 0)
                {
                    Report(text, pattern, match.Index, match.Length, sink);
                }
            }
        }
    }

    private void Report(ReadOnlySpan<char> text, RegexPattern pattern, int index, int length, MatchSink sink)
    {
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
        sink.Add(new PiiMatch(
            _entityType,
            index,
            length,
            score,
            Name,
            new MatchExplanation(pattern.Name, outcome, score)));
    }

    private static PatternRecognizerOptions Checked(PatternRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Patterns);
        return options;
    }
}
