using System.Text;
using Anonymizer.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Analysis;

/// <summary>
/// <see cref="PunctuationIndex"/> finds '.', ':', '-' and '/' sixteen characters at a time and answers, for a set of them,
/// the next occurrence at or after a position — all of them, or only those right after a digit-like character. A slip at
/// a block edge, in the scalar tail or in the cursor's walk would make an anchored pattern skip a match. These tests
/// compare it with a character-by-character reference on generated texts, walks that go forwards and back, reuse from
/// a longer text to a shorter one, and the fallback for texts with too many positions.
/// </summary>
public sealed class PunctuationIndexTests
{
    private static readonly string[] Pieces =
    [
        ".", ":", "-", "/", "::", "//", "1", "9", "12", "a", "Z", " ", "\n", "é", "٣", "１", "\u0080", "\u007F", "x.y", "1.2", "5/", "10:30",
        "2024-01-02", "http://", "a-b", "0-", "ab:cd", string.Concat(Enumerable.Repeat("q", 17)), string.Concat(Enumerable.Repeat("7", 15)),
    ];

    /// <summary>Every mask a pattern can ask for: any set of the four characters, '/' only after digits.</summary>
    private static readonly (int Mask, bool AfterDigit)[] Queries = Enumerable.Range(1, 15)
        .SelectMany(mask => new[] { (mask, false), (mask, true) })
        .Where(q => q.Item2 || (q.mask & (1 << 3)) == 0)
        .ToArray();

    public static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => string.Concat(pieces)).ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(PunctuationIndexTests)])]
    public bool Next_matches_the_reference_from_every_position(string text)
    {
        var index = new PunctuationIndex();
        Assert.True(index.Compute(text));
        AssertMatchesReference(text, index);
        return true;
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(PunctuationIndexTests)])]
    public bool A_cursor_walks_forwards_and_starts_over_when_sent_back(string text, int seed)
    {
        var index = new PunctuationIndex();
        Assert.True(index.Compute(text));
        var random = new Random(seed);
        foreach (var (mask, afterDigit) in Queries)
        {
            var cursor = default(PunctuationCursor);
            var from = 0;
            for (var step = 0; step < 12 && from <= text.Length; step++)
            {
                var expected = ReferenceNext(text, mask, afterDigit, from);
                Assert.Equal(expected, index.Next(mask, afterDigit, from, ref cursor));

                // Mostly forwards (past the stop found, or a few characters on), sometimes back to an earlier position.
                from = random.Next(4) == 0 ? random.Next(from + 1) : expected < 0 ? text.Length + 1 : expected + 1 + random.Next(3);
            }
        }

        return true;
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("1.")]
    [InlineData("é:")]
    [InlineData("/1/")]
    [InlineData("0123456789abcde.")]
    [InlineData("0123456789abcdef.")]
    [InlineData("0123456789abcdef1.")]
    [InlineData("a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.1.2.3.4.5.6.7.8.9.0.")]
    public void Matches_the_reference_on_edge_cases(string text)
    {
        var index = new PunctuationIndex();
        Assert.True(index.Compute(text));
        AssertMatchesReference(text, index);
    }

    [Fact]
    public void After_a_digit_means_after_an_ascii_digit_or_a_character_above_ascii()
    {
        const string text = ".1.a.٣.é.\u007F.\u0080./1/a/";
        var index = new PunctuationIndex();
        Assert.True(index.Compute(text));
        var dots = Stops(from => Next(index, ".", afterDigit: true, from));
        Assert.Equal(new[] { 2, 6, 8, 12 }, dots);
        Assert.Equal(Enumerable.Range(0, 13).Where(i => text[i] == '.'), Stops(from => Next(index, ".", afterDigit: false, from)));
        Assert.Equal(new[] { 15 }, Stops(from => Next(index, "/", afterDigit: true, from)));
    }

    [Fact]
    public void Masks_name_only_indexed_characters_and_slashes_after_digits()
    {
        Assert.Equal(0b0001, PunctuationIndex.MaskOf(".", afterDigit: false));
        Assert.Equal(0b0110, PunctuationIndex.MaskOf(":-", afterDigit: false));
        Assert.Equal(0b1101, PunctuationIndex.MaskOf("-/.", afterDigit: true));
        Assert.Equal(0, PunctuationIndex.MaskOf("/", afterDigit: false));
        Assert.Equal(0, PunctuationIndex.MaskOf(":mM", afterDigit: false));
        Assert.Equal(0, PunctuationIndex.MaskOf("-_", afterDigit: true));
    }

    [Fact]
    public void A_reused_index_forgets_the_longer_text_before()
    {
        var index = new PunctuationIndex();
        var longer = string.Concat(Enumerable.Repeat("1.2:3-4/", 500));
        Assert.True(index.Compute(longer));
        AssertMatchesReference(longer, index);
        const string shorter = "a.b 7:0";
        Assert.True(index.Compute(shorter));
        AssertMatchesReference(shorter, index);
    }

    [Fact]
    public void A_text_with_too_many_positions_has_no_index()
    {
        var index = new PunctuationIndex();
        Assert.False(index.Compute(new string('.', PunctuationIndex.MaxPositions + 1)));
        Assert.True(index.IsLarge);
        Assert.True(index.Compute(new string('.', 1000)));
        Assert.Equal(999, Next(index, ".", afterDigit: false, 999));
    }

    [Fact]
    public void An_analysis_that_falls_back_finds_the_same_matches()
    {
        // Dots beyond the index's limit: the anchored patterns search the text themselves.
        var text = new StringBuilder(new string('.', PunctuationIndex.MaxPositions + 1))
            .Append(" visit http://www.example.com/a or 10.0.0.1 on 2024-01-02 at de:ad:be:ef:00:01 ::").ToString();
        var analyzer = new AnonymizerBuilder().BuildAnalyzer();
        var found = analyzer.Analyze(text).Select(m => (m.EntityType, text.Substring(m.Start, m.Length))).ToArray();
        Assert.Contains((PiiEntityTypes.Url, "http://www.example.com/a"), found);
        Assert.Contains((PiiEntityTypes.IpAddress, "10.0.0.1"), found);
        Assert.Contains((PiiEntityTypes.MacAddress, "de:ad:be:ef:00:01"), found);
    }

    private static void AssertMatchesReference(string text, PunctuationIndex index)
    {
        foreach (var (mask, afterDigit) in Queries)
        {
            // The reference's answer for every position, from the end back.
            var expected = new int[text.Length + 2];
            expected[text.Length] = expected[text.Length + 1] = -1;
            for (var i = text.Length - 1; i >= 0; i--)
            {
                expected[i] = IsStop(text, mask, afterDigit, i) ? i : expected[i + 1];
            }

            for (var from = 0; from <= text.Length + 1; from++)
            {
                var cursor = default(PunctuationCursor);
                var actual = index.Next(mask, afterDigit, from, ref cursor);
                Assert.True(expected[from] == actual, $"mask {mask} afterDigit {afterDigit} from {from} in \"{text}\": expected {expected[from]}, got {actual}");
            }
        }
    }

    private static int ReferenceNext(string text, int mask, bool afterDigit, int from)
    {
        for (var i = Math.Max(from, 0); i < text.Length; i++)
        {
            if (IsStop(text, mask, afterDigit, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsStop(string text, int mask, bool afterDigit, int i)
    {
        var k = PunctuationIndex.Chars.IndexOf(text[i], StringComparison.Ordinal);
        return k >= 0 && (mask & (1 << k)) != 0 && (!afterDigit || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] > '\u007F')));
    }

    private static int Next(PunctuationIndex index, string chars, bool afterDigit, int from)
    {
        var cursor = default(PunctuationCursor);
        return index.Next(PunctuationIndex.MaskOf(chars, afterDigit), afterDigit, from, ref cursor);
    }

    private static List<int> Stops(Func<int, int> next)
    {
        var stops = new List<int>();
        for (var at = next(0); at >= 0; at = next(at + 1))
        {
            stops.Add(at);
        }

        return stops;
    }
}
