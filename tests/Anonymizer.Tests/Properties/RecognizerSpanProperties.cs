using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Properties;

/// <summary>
/// For any text, every match of every built-in recognizer lies inside the text with a score in [0, 1], and the
/// analyzer's output is sorted and non-overlapping.
/// </summary>
public sealed class RecognizerSpanProperties
{
    private static readonly IReadOnlyList<Recognizer> Recognizers = RecognizerCatalog.Create();
    private static readonly PiiAnalyzer Analyzer = new AnonymizerBuilder().BuildAnalyzer();

    [Property(MaxTest = 300)]
    public bool Matches_of_arbitrary_strings_are_well_formed(string? text) => AllWellFormed(text ?? string.Empty);

    [Property(MaxTest = 500, Arbitrary = [typeof(PiiTextArbitrary)])]
    public bool Matches_of_text_mixed_with_pii_are_well_formed(PiiText text) => AllWellFormed(text.Value);

    [Property(MaxTest = 300)]
    public bool Analyzer_output_of_arbitrary_strings_is_sorted_and_disjoint(string? text) => SortedAndDisjoint(text ?? string.Empty);

    [Property(MaxTest = 500, Arbitrary = [typeof(PiiTextArbitrary)])]
    public bool Analyzer_output_of_text_mixed_with_pii_is_sorted_and_disjoint(PiiText text) => SortedAndDisjoint(text.Value);

    [Fact]
    public void Generated_texts_do_contain_entities()
    {
        // Guards the generator: mixed texts must actually exercise the recognizers.
        var samples = PiiTextArbitrary.Texts().Generator.Sample(20, 50);
        var found = samples.Sum(t => Analyzer.Analyze(t.Value).Length);
        Assert.True(found > 20, $"only {found} entities in 50 generated texts");
    }

    private static bool AllWellFormed(string text)
    {
        var sink = new MatchSink();
        foreach (var recognizer in Recognizers)
        {
            sink.Clear();
            recognizer.Analyze(text, sink);
            foreach (var m in sink.Matches)
            {
                if (m.Start < 0 || m.Length <= 0 || m.End > text.Length || double.IsNaN(m.Score) || m.Score is < 0 or > 1)
                {
                    throw new InvalidOperationException($"{recognizer.Name}: bad match {m} in {text.Length}-char text \"{text}\"");
                }
            }
        }

        return true;
    }

    private static bool SortedAndDisjoint(string text)
    {
        var matches = Analyzer.Analyze(text, new AnalysisOptions { MinScore = 0 });
        for (var i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            if (m.Start < 0 || m.End > text.Length || m.Score is < 0 or > 1)
            {
                return false;
            }

            if (i > 0 && matches[i - 1].End > m.Start)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A text made of random strings, separators and valid PII values.</summary>
public sealed record PiiText(string Value)
{
    public override string ToString() => Value;
}

public static class PiiTextArbitrary
{
    private static readonly string[] Values =
    [
        "4012888888881881", "4012-8888-8888-1881", "3714 496353 98431",
        "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "AL47-2121-1009-0000-0002-3569-8741",
        "192.168.0.1", "10.0.0.0/8", "2001:db8::1", "fe80::1%eth0/64", "::ffff:192.0.2.1", "::",
        "00:1A:2B:3C:4D:5E", "AA-BB-CC-DD-EE-FF", "0012.3456.789A",
        "https://www.example.com/a?b=1", "example.co.uk", "'http://x.org/'",
        "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "2024-01-31", "31/01/2024", "January 5, 2024", "5 Jan 2024", "2:30 pm", "2024-03-15T14:30:00Z", "5/21",
        "jane.doe@example.com", "info@presidio.site",
        "+1 415 555 0132", "(415) 555-0132", "0800 123 4567", "+44 20 7123 4567", "09-7625400",
    ];

    private static readonly string[] Separators = [" ", "", ",", ".", ":", "-", "/", "@", "\n", "(", ")", "'", "\"", "%", "T", "a", "1"];

    public static Arbitrary<PiiText> Texts()
    {
        var random = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty);
        var piece = Gen.Frequency(
            (3, Gen.Elements(Values)),
            (3, Gen.Elements(Separators)),
            (1, random));
        return Gen.ListOf(piece)
            .Select(pieces => new PiiText(string.Concat(pieces)))
            .ToArbitrary();
    }
}
