using System.Diagnostics;
using Anonymizer.Analysis;

namespace Anonymizer.Tests.Security;

/// <summary>
/// Hostile inputs never hang the analyzer or the engine, and cost time proportional to their size: the run on 1 M characters
/// takes less than 10 × 4 the run on 256 K characters (a ratio, not an absolute timing, so the test holds on any machine). Every
/// run is bounded by a 60 s watchdog. The 10 MB sizes are measured by benchmarks/…/AdversarialBenchmarks.
/// </summary>
public sealed class AdversarialInputTests
{
    private const int Small = 256 << 10;
    private const int Large = 1 << 20;
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(60);

    private static readonly AnonymizationEngine Engine = new AnonymizerBuilder()
        .WithCountries("US", "UK", "DE", "FR", "IT", "ES", "IN", "AU", "BR", "NL")
        .Build();

    public static TheoryData<string> Inputs() => new(AdversarialInputs.Names);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Analysis_and_anonymization_finish_in_time_proportional_to_the_size_with_valid_spans(string name)
    {
        Run(AdversarialInputs.Build(name, 4096)); // warm-up: JIT and lazy regex construction are not part of the ratio
        var small = AdversarialInputs.Build(name, Small);
        var large = AdversarialInputs.Build(name, Large);
        // The best of three runs each: a single run can catch a garbage collection or a tier-up of the JIT, which on a
        // fast small run would dominate the ratio.
        var smallTime = Enumerable.Range(0, 3).Select(_ => Run(small)).Min();
        var largeTime = Enumerable.Range(0, 3).Select(_ => Run(large)).Min();
        var sizeRatio = (double)Large / Small;
        var timeRatio = largeTime.TotalMilliseconds / Math.Max(smallTime.TotalMilliseconds, 1);
        Assert.True(
            timeRatio < 10 * sizeRatio,
            $"{name}: 256 K took {smallTime.TotalMilliseconds:F0} ms, 1 M took {largeTime.TotalMilliseconds:F0} ms (ratio {timeRatio:F1} ≥ {10 * sizeRatio}).");
    }

    [Fact]
    public void A_long_text_scanned_in_windows_gives_the_same_matches_as_its_sentences_one_by_one()
    {
        // 300 K characters: several scan windows, with values straddling every window seam somewhere.
        const string sentence = "Mail jane.doe@example.com, card 4111 1111 1111 1111, SSN 078-05-1121, IBAN DE89 3704 0044 0532 0130 00, ip 192.168.12.7 on 2024-03-14. ";
        var single = Engine.Analyze(sentence);
        Assert.True(single.Length >= 5);
        var count = 300_000 / sentence.Length;
        var text = string.Concat(Enumerable.Repeat(sentence, count));
        var matches = Engine.Analyze(text);
        var expected = Enumerable.Range(0, count).SelectMany(i => single.Select(m => (m.EntityType, Start: m.Start + (i * sentence.Length), m.Length))).ToArray();
        Assert.Equal(expected, matches.Select(m => (m.EntityType, m.Start, m.Length)).ToArray());
    }

    [Fact]
    public void A_value_longer_than_the_scan_lookahead_is_found_whole()
    {
        var url = "https://example.org/" + new string('a', 80_000);
        var text = new string('x', 60_000) + " see " + url + " now";
        var match = Assert.Single(Engine.Analyze(text), m => m.EntityType == "URL");
        Assert.Equal(url.Length, match.Length);
    }

    [Fact]
    public void Empty_and_single_hostile_characters_are_handled()
    {
        foreach (var text in new[] { "", "\0", "\uD800", "\uDC00", "\uFFFF", "\uFEFF", "@", ".", "\u202E", new string('\0', 10_000) })
        {
            Run(text);
        }
    }

    /// <summary>Analyzes and anonymizes on a worker, failing after the watchdog; checks every span; returns the time.</summary>
    private static TimeSpan Run(string text)
    {
        var watch = Stopwatch.StartNew();
        var task = Task.Run(() => Engine.Anonymize(text));
        Assert.True(task.Wait(Watchdog), $"Anonymizing {text.Length} characters did not finish within {Watchdog.TotalSeconds} s.");
        watch.Stop();
        var result = task.Result;
        AssertValid(text, result.Matches);
        Assert.NotNull(result.Text);
        return watch.Elapsed;
    }

    internal static void AssertValid(string text, IReadOnlyList<PiiMatch> matches)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            Assert.True(m.Start >= 0 && m.Length > 0 && m.Start + m.Length <= text.Length, $"span [{m.Start}, {m.Start + m.Length}) outside a text of {text.Length}");
            Assert.InRange(m.Score, 0, 1);
            Assert.True(i == 0 || matches[i - 1].Start + matches[i - 1].Length <= m.Start, "spans overlap or are unsorted");
        }
    }
}
