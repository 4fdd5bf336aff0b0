using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using Anonymizer.Tests.Conformance;
using Anonymizer.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Recognizers;

/// <summary>
/// A <see cref="DigitHint"/> lets a recognizer skip text; a wrong one loses matches silently. These tests hold every
/// hinted recognizer of the catalog to its promise: every raw regex match of its patterns admits the hint, and the
/// hinted scan finds exactly what a whole-text scan finds — on Presidio's case texts and on generated digit-dense text.
/// </summary>
public sealed class DigitHintTests
{
    private static readonly PatternRecognizer[] Hinted = RecognizerCatalog.Create(new RecognizerCatalogOptions())
        .OfType<PatternRecognizer>()
        .Where(r => r.DigitHint is not null || r.Patterns.Any(p => p.DigitHint is not null))
        .ToArray();

    private static readonly string[] PeerTexts = PeerCaseCatalog.All.Select(c => c.Text).Distinct(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_catalog_has_hinted_recognizers()
    {
        Assert.NotEmpty(Hinted);
    }

    [Fact]
    public void Every_regex_match_in_peer_texts_admits_the_hint()
    {
        var broken = PeerTexts.SelectMany(BrokenPromises).Take(10).ToArray();
        Assert.True(broken.Length == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Hinted_and_whole_text_scans_agree_on_peer_texts()
    {
        var different = PeerTexts.Concat([string.Join("\n", PeerTexts)]).SelectMany(Disagreements).Take(10).ToArray();
        Assert.True(different.Length == 0, string.Join("\n", different));
    }

    [Property(MaxTest = 400, Arbitrary = [typeof(DigitTextArbitrary)])]
    public bool Every_regex_match_in_digit_dense_text_admits_the_hint(DigitText text)
    {
        var broken = BrokenPromises(text.Value).FirstOrDefault();
        return broken is null ? true : throw new InvalidOperationException(broken);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(DigitTextArbitrary)])]
    public bool Hinted_and_whole_text_scans_agree_on_digit_dense_text(DigitText text)
    {
        var different = Disagreements(text.Value).FirstOrDefault();
        return different is null ? true : throw new InvalidOperationException(different);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(PiiTextArbitrary)])]
    public bool Hinted_and_whole_text_scans_agree_on_text_mixed_with_pii(PiiText text)
    {
        var different = Disagreements(text.Value).FirstOrDefault();
        return different is null ? true : throw new InvalidOperationException(different);
    }

    [Fact]
    public void Generated_digit_dense_texts_exercise_most_hinted_patterns()
    {
        // Guards the generator: the properties above mean little unless the patterns match the generated text.
        var texts = DigitTextArbitrary.Texts().Generator.Sample(60, 300).Select(t => t.Value).ToArray();
        var exercised = Hinted.Count(r => r.Patterns.Any(p => texts.Any(t => p.Regex.IsMatch(t))));
        Assert.True(exercised * 2 > Hinted.Length, $"only {exercised} of {Hinted.Length} hinted recognizers match generated text");
    }

    [Fact]
    public void A_text_with_more_digits_than_the_index_keeps_is_scanned_whole()
    {
        var ssn = "536-22-8726";
        var text = new string('7', TextIndex.MaxPositions + 10) + " SSN " + ssn + " end";
        var analyzer = new AnonymizerBuilder().BuildAnalyzer();
        var matches = analyzer.Analyze(text, new AnalysisOptions { Entities = [PiiEntityTypes.UsSsn], MinScore = 0 });
        Assert.Contains(matches, m => m.TextIn(text).SequenceEqual(ssn));
    }

    [Fact]
    public void A_hint_rejects_impossible_bounds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DigitHint(0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DigitHint(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DigitHint(5, DigitHint.MaxSupportedLength + 1));
        Assert.True(new DigitHint(3, 5).Admits("1-2-3"));
        Assert.False(new DigitHint(3, 5).Admits("1-2-x"));
        Assert.False(new DigitHint(3, 4).Admits("1-2-3"));
        Assert.True(new DigitHint(2, 4).Admits("٣٤ab"));
    }

    // Sorted digit positions with gaps from 1 to 30 and lengths around the vector width, so windows of every kind and
    // both the vector loop and its scalar tail are exercised.
    private static Arbitrary<(int[] Positions, int Span, int MaxLength, int From)> DigitPositions() =>
        (from gaps in Gen.ArrayOf(Gen.Frequency((4, Gen.Choose(1, 3)), (3, Gen.Choose(4, 12)), (2, Gen.Choose(13, 30))))
         from span in Gen.Choose(0, 20)
         from maxLength in Gen.Choose(1, 40)
         from start in Gen.Choose(0, gaps.Length + 2)
         select (gaps.Select((_, i) => gaps.Take(i + 1).Sum()).ToArray(), span, maxLength, start)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property The_next_dense_window_is_the_first_short_enough_one() =>
        Prop.ForAll(DigitPositions(), input =>
        {
            var (positions, span, maxLength, from) = input;
            var expected = -1;
            for (var i = from; i + span < positions.Length; i++)
            {
                if (positions[i + span] - positions[i] < maxLength)
                {
                    expected = i;
                    break;
                }
            }

            return PatternRecognizer.NextDenseWindow(positions, from, span, maxLength) == expected;
        });

    [Fact]
    public void A_dense_window_past_a_vector_of_long_ones_is_found()
    {
        // Sixteen windows too long for the limit, then one short enough: the vector loop must not skip it.
        int[] positions = [.. Enumerable.Range(0, 16).Select(i => i * 20), 321, 322, 323];
        Assert.Equal(16, PatternRecognizer.NextDenseWindow(positions, 0, 2, 10));
        Assert.Equal(-1, PatternRecognizer.NextDenseWindow(positions, 17, 2, 10));
        Assert.Equal(-1, PatternRecognizer.NextDenseWindow(positions, 0, 2, 2));
    }

    private static IEnumerable<string> BrokenPromises(string text)
    {
        var broken = new List<string>();
        foreach (var recognizer in Hinted)
        {
            foreach (var pattern in recognizer.Patterns)
            {
                foreach (var match in pattern.Regex.EnumerateMatches(text))
                {
                    var value = text.AsSpan(match.Index, match.Length);
                    var hint = pattern.DigitHint ?? recognizer.DigitHint;
                    if (match.Length > 0 && pattern.Anchor is null && hint is not null && !hint.Admits(value))
                    {
                        broken.Add($"{recognizer.Name} / {pattern.Name}: \"{value}\" breaks {hint}");
                    }
                }
            }
        }

        return broken;
    }

    private static IEnumerable<string> Disagreements(string text)
    {
        var hinted = new MatchSink();
        var whole = new MatchSink();
        foreach (var recognizer in Hinted)
        {
            hinted.Clear();
            whole.Clear();
            recognizer.Analyze(text, hinted);
            recognizer.AnalyzeWithoutHint(text, whole);
            if (!hinted.Matches.SequenceEqual(whole.Matches))
            {
                yield return $"{recognizer.Name}: hinted [{string.Join(", ", hinted.ToArray().Select(m => m.TextIn(text).ToString()))}] " +
                    $"whole [{string.Join(", ", whole.ToArray().Select(m => m.TextIn(text).ToString()))}] in \"{text}\"";
            }
        }
    }
}

/// <summary>A generated text dense in digits, separators and short letter runs.</summary>
public sealed record DigitText(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Generates <see cref="DigitText"/>: the shapes identifiers take, and the noise around them.</summary>
public static class DigitTextArbitrary
{
    private static readonly string[] Separators = [" ", "", "", "-", ".", "/", ":", "_", "=", "@", "\n", "  ", ", ", "(", ")", "+"];
    private static readonly string[] Letters = ["A", "X", "Z", "DE", "AB", "x", "M", "T", "GB", "CHE", "RF", "é", "٣"];

    public static Arbitrary<DigitText> Texts()
    {
        var digits = Gen.Choose(1, 18).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n)).Select(d => string.Concat(d));
        var piece = Gen.Frequency(
            (6, digits),
            (5, Gen.Elements(Separators)),
            (2, Gen.Elements(Letters)));
        return Gen.ListOf(piece).Select(pieces => new DigitText(string.Concat(pieces))).ToArbitrary();
    }
}
