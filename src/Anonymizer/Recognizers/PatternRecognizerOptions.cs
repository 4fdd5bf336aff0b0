using System.Buffers;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers;

/// <summary>Everything that defines a <see cref="PatternRecognizer"/>.</summary>
public sealed class PatternRecognizerOptions
{
    /// <summary>The recognizer name reported with each match.</summary>
    public required string Name { get; init; }

    /// <summary>The entity type it reports.</summary>
    public required string EntityType { get; init; }

    /// <summary>The patterns, tried in order; each match of each is a candidate.</summary>
    public required IReadOnlyList<RegexPattern> Patterns { get; init; }

    /// <summary>An optional validator (checksum) run on each candidate.</summary>
    public CandidateValidator? Validator { get; init; }

    /// <summary>
    /// A short human-readable description of what <see cref="Validator"/> checks (e.g. "ISO 7064 MOD 11,10"), shown in
    /// the generated entity catalog; <see langword="null"/> when there is none.
    /// </summary>
    public string? Validation { get; init; }

    /// <summary>
    /// An optional invalidator: candidates for which it returns <see cref="ValidationOutcome.Invalid"/> are dropped
    /// whatever the validator said (e.g. known test numbers, all-same digits).
    /// </summary>
    public CandidateValidator? Invalidator { get; init; }

    /// <summary>Words that raise the score when they appear shortly before a match.</summary>
    public IReadOnlyList<string>? ContextWords { get; init; }

    /// <summary>
    /// Characters at least one of which every match contains (e.g. <c>@</c> for e-mail). When none is in the text,
    /// the recognizer returns at once without running a regex. <see langword="null"/> means always scan.
    /// </summary>
    public SearchValues<char>? Triggers { get; init; }

    /// <summary>
    /// Optional: how many digits every match contains at least and how long it is at most, so the recognizer runs its
    /// expressions only around digit-dense places of the text (see <see cref="DigitHint"/>). Leave it unset when a match
    /// may carry few digits or be long; patterns with a <see cref="RegexPattern.Anchor"/> ignore it.
    /// </summary>
    public DigitHint? DigitHint { get; init; }

    /// <summary>Whether the analyzer runs the recognizer when the caller names no entity types. Default true.</summary>
    public bool EnabledByDefault { get; init; } = true;

    /// <summary>ISO 3166 alpha-2 code of the country whose identifier it finds; <see langword="null"/> when generic.</summary>
    public string? Country { get; init; }

    /// <summary>This recognizer's own context settings; <see langword="null"/> uses the analyzer's.</summary>
    public ContextEnhancement? ContextEnhancement { get; init; }
}
