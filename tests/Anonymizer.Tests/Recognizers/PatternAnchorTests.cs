using System.Text;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using FsCheck;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Recognizers;

/// <summary>
/// Patterns found through a <see cref="PatternAnchor"/> must give exactly the matches of enumerating their own regex (the
/// oracle) over the text, whether the anchor searches the text itself or reads its stops from the text's
/// <see cref="PunctuationIndex"/> as in an analysis.
/// </summary>
public sealed class PatternAnchorTests
{
    private static readonly string[] Pieces =
    [
        "a", "B", "f", "0", "1", "9", "25", "255", "300", ".", "..", ":", "::", "-", "/", "//", "@", "_", "+", " ", "\n", "\"", "'",
        "http://", "HTTPS://", "ftp://", "www.", "example", ".com", ".co.uk", ".org", "x", "é", "²", "%eth0", "/24", "?q=1", "#top",
        "ab:cd", "fe80::", "192.168.", "10.0.0.1", "Jan", "May ", "Sept.", "12", "2024", "1st", "of ", ", ", "-", "de:ad:be:ef", "0a-1b-",
        "12th of ", "March ", "DEC", "summary", "31st-", "june", "\t", "²", "Ⅻ", "a-b", "x_y.io", "ab12-cd.net",
        "QQ", "QQ ", "12 34 56 ", "123456", "34", "C", "d", "E", "pm", "am", " PM", "p.m.", "A.M.", "a.m", "14:30", "2:05:59",
        "٣", "１", "٣.", "１/", "2002-", "5/", "bc1", "BC1", "bC1", "qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", "qqqqqqqqqqqq",
    ];

    private static readonly RegexPattern[] AnchoredPatterns = new AnonymizerBuilder().BuildAnalyzer().Recognizers
        .OfType<PatternRecognizer>()
        .SelectMany(r => r.Patterns)
        .Where(p => p.Anchor is not null)
        .ToArray();

    [Fact]
    public void Default_recognizers_use_anchors() => Assert.NotEmpty(AnchoredPatterns);

    [Fact]
    public void Separator_anchors_read_the_shared_punctuation_index()
    {
        var indexed = AnchoredPatterns.Where(p => p.Anchor!.UsesPunctuationIndex).Select(p => p.Name).ToArray();
        Assert.Superset(
            new HashSet<string>(["Standard Url", "Quoted Url", "Non schema URL", "IPv4", "IPv6", "IPv6 unspecified", "MAC colon or dash", "MAC Cisco dotted", "numeric date"]),
            new HashSet<string>(indexed));
        Assert.DoesNotContain("month name date", indexed);
    }

    [Theory]
    [InlineData("a ::1 and :: alone, ::: x::y [::] ::/0")]
    [InlineData("http:/x http:// https://a.b ftp:/ /:// \"http://q.org\" 'ws://h.io' x:y://z.com")]
    public void Colon_anchors_find_double_colons_and_scheme_separators(string text) => AssertSame(text);

    [Property(MaxTest = 1000)]
    public void Anchored_scan_equals_the_regex(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var builder = new StringBuilder();
        var count = random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        AssertSame(builder.ToString());
    }

    [Theory]
    [InlineData("see http://www.example.com/a?b=1 and example.co.uk, 10.0.0.1 or [fe80::1%eth0] at de:ad:be:ef:00:01")]
    [InlineData("Received: from mail.example.org (10.1.2.3) by mx.example.net; Mon, 23 Sep 2002 12:34:56 -0400")]
    [InlineData("at 2 pm, 2pm, 12 a.m., 11:30 PM, 9 P.M. 7 am 10 amps spam 3 pam 14:30:00.5 pm 1 p.m")]
    [InlineData("NI QQ 12 34 56 C, AB123456D, ab 12 34 56 a; QQ1234567C QQ 12 34 56 QQ 123456 E QQ12 3456C")]
    [InlineData("1.2.3.4.5 a.b ::1 ::ffff:1.2.3.4 ab12.cd34.ef56 x.y.z www.a")]
    [InlineData("pay bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ xbc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq ébc1qqqqqqqqqqqqq bc1qqqqqqqqqqqq_")]
    public void Anchored_scan_equals_the_regex_on_examples(string text) => AssertSame(text);

    [Fact]
    public void An_anchor_after_digits_finds_what_the_regex_finds_across_vector_blocks()
    {
        var regex = new Regex(@"(?<!\d)\d+\.\d+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var anchor = new PatternAnchor(".", char.IsDigit, 8, new Regex(@"\G" + regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            MinPrefixLength = 1,
            FollowsDigit = true,
        };

        // Dots after letters fill whole vector blocks; the numbers sit at block edges and use other scripts' digits.
        var text = string.Concat(Enumerable.Repeat("a.", 15)) + "7.5" + string.Concat(Enumerable.Repeat("b.c", 9)) + "٣.٤ .9 x.1 12.34 １.２";
        var expected = regex.Matches(text).Select(m => (m.Index, m.Length)).ToArray();
        var actual = new List<(int, int)>();
        var position = 0;
        while (anchor.TryFindNext(text, position, out var index, out var length))
        {
            actual.Add((index, length));
            position = index + length;
        }

        Assert.Equal(4, expected.Length);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abcde")]
    [InlineData("é")]
    public void Anchor_characters_are_one_to_four_ascii_characters(string anchorChars)
    {
        var regex = new Regex(@"\G\d", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.Throws<ArgumentException>(() => new PatternAnchor(anchorChars, char.IsDigit, 1, regex));
    }

    [Fact]
    public void Following_a_digit_needs_the_anchor_characters()
    {
        var regex = new Regex(@"\G\d\.", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.Throws<InvalidOperationException>(() => new PatternAnchor(System.Buffers.SearchValues.Create("."), char.IsDigit, 1, regex) { FollowsDigit = true });
    }

    private static void AssertSame(string text)
    {
        foreach (var pattern in AnchoredPatterns)
        {
            var expected = new List<(int, int)>();
            foreach (var match in pattern.Regex.EnumerateMatches(text))
            {
                if (match.Length > 0)
                {
                    expected.Add((match.Index, match.Length));
                }
            }

            var actual = new List<(int, int)>();
            var position = 0;
            while (pattern.Anchor!.TryFindNext(text, position, out var index, out var length))
            {
                actual.Add((index, length));
                position = index + length;
            }

            Assert.True(expected.SequenceEqual(actual), $"{pattern.Name} on \"{text}\": expected {string.Join(",", expected)} got {string.Join(",", actual)}");
            if (!pattern.Anchor.UsesPunctuationIndex)
            {
                continue;
            }

            var punctuation = new PunctuationIndex();
            Assert.True(punctuation.Compute(text));
            var cursor = default(PunctuationCursor);
            var viaIndex = new List<(int, int)>();
            position = 0;
            while (pattern.Anchor.TryFindNext(text, position, punctuation, ref cursor, out var index, out var length))
            {
                viaIndex.Add((index, length));
                position = index + length;
            }

            Assert.True(expected.SequenceEqual(viaIndex), $"{pattern.Name} on \"{text}\" through the punctuation index: expected {string.Join(",", expected)} got {string.Join(",", viaIndex)}");
        }
    }
}
