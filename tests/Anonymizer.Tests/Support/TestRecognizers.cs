using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;

namespace Anonymizer.Tests.Support;

/// <summary>Small recognizers with known behaviour, for testing the analyzer's own logic.</summary>
internal static class TestRecognizers
{
    /// <summary>Reports every run of exactly six digits as TEST_ID with the given score; "ident" and "customer number" are its context words unless others are given.</summary>
    public static PatternRecognizer SixDigits(double score = 0.3, string name = "SixDigits", string entity = "TEST_ID", bool enabledByDefault = true, string? country = null, ContextEnhancement? enhancement = null, IReadOnlyList<string>? contextWords = null) =>
        new(new PatternRecognizerOptions
        {
            Name = name,
            EntityType = entity,
            Patterns = [new RegexPattern("six digits", new Regex(@"(?<!\d)\d{6}(?!\d)", RegexOptions.None, TimeSpan.FromSeconds(1)), score)],
            ContextWords = contextWords ?? ["ident", "customer number"],
            EnabledByDefault = enabledByDefault,
            Country = country,
            ContextEnhancement = enhancement,
        });

    /// <summary>Reports a fixed span with a fixed type and score (for overlap tests).</summary>
    public static Recognizer Fixed(string name, string entity, int start, int length, double score, bool evenOutside = false) =>
        new FixedRecognizer(name, entity, start, length, score, evenOutside);

    private sealed class FixedRecognizer(string name, string entity, int start, int length, double score, bool evenOutside) : Recognizer(name, [entity])
    {
        public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
        {
            if (evenOutside || start + length <= text.Length)
            {
                sink.Add(new PiiMatch(entity, start, length, score, Name, new MatchExplanation("fixed", ValidationOutcome.Undecided, score)));
            }
        }
    }
}
