using System.Text;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Analysis;

/// <summary>
/// <see cref="WordIndex"/> finds words with 32-character vector blocks and a scalar tail; a slip at a block edge loses a
/// word, and with it every whole-word match in it. These tests compare it with a plain character-by-character reference
/// — the kept ASCII words by length, their neighbours, digits and characters, and the mixed runs — on generated texts of
/// many lengths and on the edges: empty text, one character, words across blocks, a text ending inside a word, words
/// longer than the last bucket, non-ASCII characters at block edges, and more words and runs than the arrays start with.
/// </summary>
public sealed class WordIndexTests
{
    /// <summary>Alphabets a word's characters are checked against (<see cref="WordIndex.IsIn"/>).</summary>
    private static readonly CharAlphabet[] Alphabets =
    [
        Alphabet("0123456789"),
        Alphabet("0123456789ABCDEF"),
        Alphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        Alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"),
        Alphabet("abcdefghijklmnopqrstuvwxyz_", nonAscii: true),
        Alphabet(""),
    ];

    /// <summary>Reused across the texts of a test, as a thread's index is reused across analyses.</summary>
    private readonly WordIndex _reused = new();

    private static readonly Dictionary<string, string> EdgeTexts = BuildEdgeTexts();

    public static TheoryData<string> EdgeCases()
    {
        var data = new TheoryData<string>();
        foreach (var name in EdgeTexts.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Matches_the_reference_on_edge_cases(string name)
    {
        var text = EdgeTexts[name];
        AssertMatchesReference(text, new WordIndex());
        AssertMatchesReference(text, _reused);
    }

    [Fact]
    public void Finds_the_words_of_a_small_example()
    {
        const string text = "ab 123 é45 abcdefghijklmnopq x_9 ٣z7 END";
        var index = new WordIndex();
        index.Compute(text);
        Assert.Equal(new[] { 8, 34 }, index.OfLength(2).ToArray().Select(index.Start));
        var three = Assert.Single(index.OfLength(3).ToArray(), i => index.Start(i) == 3);
        Assert.Equal(3, index.Length(three));
        Assert.False(index.TouchesNonAscii(three));
        Assert.Equal(3, index.Digits(text, three));
        Assert.True(index.IsIn(text, three, Alphabets[0]));
        Assert.Equal(new[] { 3, 29 }, index.OfLength(3).ToArray().Select(index.Start));
        var x9 = index.OfLength(3)[1];
        Assert.Equal(1, index.Digits(text, x9));
        Assert.False(index.IsIn(text, x9, Alphabets[2]));
        Assert.True(index.IsIn(text, x9, Alphabets[3]));
        var longWord = Assert.Single(index.OfLength(17).ToArray());
        Assert.Equal(11, index.Start(longWord));
        Assert.Equal(0, index.Digits(text, longWord));

        // "45" follows é and "z7" follows ٣: kept (they hold digits) and marked as touching non-ASCII.
        var touching = Enumerable.Range(0, 66).SelectMany(n => index.OfLength(n).ToArray()).Where(index.TouchesNonAscii).Select(index.Start).Order();
        Assert.Equal(new[] { 8, 34 }, touching);
        Assert.Equal(new[] { 7, 10, 33, 36 }, index.MixedRuns.ToArray());
    }

    [Property(MaxTest = 400)]
    public Property Matches_the_reference_on_generated_texts() =>
        Prop.ForAll(Texts(), text =>
        {
            AssertMatchesReference(text.Value, new WordIndex());
            AssertMatchesReference(text.Value, _reused);
        });

    [Property(MaxTest = 100)]
    public Property Matches_the_reference_on_texts_of_every_length_up_to_130() =>
        Prop.ForAll(
            Gen.Choose(0, 130).SelectMany(length => Gen.ArrayOf(Gen.Elements(CharPool), length)).Select(chars => new string(chars)).ToArbitrary(),
            text => AssertMatchesReference(text, _reused));

    [Fact]
    public void Computing_a_new_text_forgets_the_previous_one()
    {
        var index = new WordIndex();
        var first = string.Join(" ", Enumerable.Range(0, 700).Select(i => i % 3 == 0 ? $"é{i}" : i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)));
        AssertMatchesReference(first, index);
        AssertMatchesReference("no digits here", index);
        Assert.Empty(index.MixedRuns.ToArray());
        for (var n = 0; n <= WordIndex.MaxBucketLength + 1; n++)
        {
            Assert.Empty(index.OfLength(n).ToArray());
        }

        AssertMatchesReference(first[..100], index);
        AssertMatchesReference(string.Empty, index);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The reference and the comparison.
    // ---------------------------------------------------------------------------------------------------------------

    private sealed record Word(int Start, int Length, bool TouchesNonAscii, int Digits);

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsMixedChar(char c) => c >= 128 || IsAsciiWordChar(c);

    /// <summary>Every maximal run of ASCII word characters, in text order.</summary>
    private static List<Word> ReferenceWords(string text)
    {
        var words = new List<Word>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsAsciiWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var digits = 0;
            while (i < text.Length && IsAsciiWordChar(text[i]))
            {
                digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
                i++;
            }

            var touches = (start > 0 && text[start - 1] >= 128) || (i < text.Length && text[i] >= 128);
            words.Add(new Word(start, i - start, touches, digits));
        }

        return words;
    }

    private static bool IsKept(Word word) => word.Digits > 0 || word.Length >= WordIndex.AllWordsFrom;

    /// <summary>Every maximal run of ASCII word characters and characters above U+007F that holds one of the latter.</summary>
    private static List<(int Start, int End)> ReferenceMixedRuns(string text)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsMixedChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var nonAscii = false;
            while (i < text.Length && IsMixedChar(text[i]))
            {
                nonAscii |= text[i] >= 128;
                i++;
            }

            if (nonAscii)
            {
                runs.Add((start, i));
            }
        }

        return runs;
    }

    // Both ways of computing must match the reference: one pass over every character, and from the digit positions.
    private static bool AssertMatchesReference(string text, WordIndex index) =>
        AssertMatchesReference(text, index, withDigits: false) && AssertMatchesReference(text, index, withDigits: true);

    private static bool AssertMatchesReference(string text, WordIndex index, bool withDigits)
    {
        if (withDigits)
        {
            var digits = Enumerable.Range(0, text.Length).Where(i => char.IsDigit(text[i])).ToArray();
            index.Compute(text, digits, haveDigits: true);
        }
        else
        {
            index.Compute(text);
        }

        var kept = ReferenceWords(text).Where(IsKept).ToList();
        var seen = new HashSet<int>();
        var all = new List<(int Index, Word Word)>();
        for (var length = 0; length <= WordIndex.MaxBucketLength + 3; length++)
        {
            var bucket = index.OfLength(length).ToArray();
            var expected = kept.Where(w => length > WordIndex.MaxBucketLength ? w.Length > WordIndex.MaxBucketLength : w.Length == length).ToList();
            var actual = new List<Word>();
            for (var k = 0; k < bucket.Length; k++)
            {
                var i = bucket[k];
                Check(k == 0 || bucket[k - 1] < i, text, $"bucket {length}: indexes out of order");

                // Ask for the characters and the digits in either order: both are computed on first use.
                var inAlphabets = (length + k) % 2 == 0
                    ? Alphabets.Select(a => index.IsIn(text, i, a)).ToArray()
                    : null;
                var word = new Word(index.Start(i), index.Length(i), index.TouchesNonAscii(i), index.Digits(text, i));
                inAlphabets ??= Alphabets.Select(a => index.IsIn(text, i, a)).ToArray();
                for (var a = 0; a < Alphabets.Length; a++)
                {
                    var expectedIn = text.AsSpan(word.Start, word.Length).ToArray().All(Alphabets[a].Contains);
                    Check(inAlphabets[a] == expectedIn, text, $"word {word}: IsIn alphabet {a} is {inAlphabets[a]}, expected {expectedIn}");
                }

                actual.Add(word);
                if (length <= WordIndex.MaxBucketLength + 1)
                {
                    Check(seen.Add(i), text, $"word index {i} in two buckets");
                    all.Add((i, word));
                }
            }

            Check(expected.SequenceEqual(actual), text, $"words of length {length}: expected {string.Join(", ", expected)}; got {string.Join(", ", actual)}");
        }

        // The word indexes are in text order across buckets too (a scan merging buckets sorts by index).
        var byIndex = all.OrderBy(e => e.Index).Select(e => e.Word).ToList();
        Check(byIndex.SequenceEqual(kept), text, $"words by index: expected {string.Join(", ", kept)}; got {string.Join(", ", byIndex)}");

        var runs = ReferenceMixedRuns(text);
        var pairs = index.MixedRuns.ToArray();
        var actualRuns = new List<(int, int)>();
        for (var r = 0; (r * 2) + 1 < pairs.Length; r++)
        {
            actualRuns.Add((pairs[r * 2], pairs[(r * 2) + 1]));
        }

        Check(pairs.Length % 2 == 0, text, "mixed runs: odd number of bounds");
        Check(runs.SequenceEqual(actualRuns), text, $"mixed runs: expected {string.Join(", ", runs)}; got {string.Join(", ", actualRuns)}");
        return true;
    }

    private static void Check(bool condition, string text, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{message} — in {text.Length}-character text \"{Escape(text)}\"");
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and < (char)127 ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }

    private static CharAlphabet Alphabet(string chars, bool nonAscii = false)
    {
        ulong low = 0;
        ulong high = 0;
        foreach (var c in chars)
        {
            if (c < 64)
            {
                low |= 1UL << c;
            }
            else
            {
                high |= 1UL << (c - 64);
            }
        }

        return new CharAlphabet(low, high, nonAscii);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Texts.
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>Single characters: ASCII word characters, separators, and the non-ASCII ones that matter.</summary>
    private static readonly char[] CharPool =
    [
        'a', 'Z', 'k', 'q', '0', '5', '9', '_', ' ', ' ', '-', '.', '@', '/', '\n', '\t', '`', '{', '[', '\u007F', '\u0000',
        'é', 'ü', '٣', '\u212A', '中', '\u00A0', '²', '\u0080', '\uFFFF', '\uD83D', '\uDE42', '１',
    ];

    private sealed record GeneratedText(string Value)
    {
        public override string ToString() => Escape(Value);
    }

    private static Arbitrary<GeneratedText> Texts()
    {
        var letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var wordChars = letters + "0123456789_";
        var run = Gen.Frequency((6, Gen.Choose(1, 20)), (2, Gen.Choose(14, 18)), (1, Gen.Choose(30, 100)));
        var digitRun = run.SelectMany(n => Gen.ArrayOf(Gen.Choose('0', '9'), n)).Select(d => new string(d.Select(c => (char)c).ToArray()));
        var letterRun = run.SelectMany(n => Gen.ArrayOf(Gen.Elements(letters.ToCharArray()), n)).Select(c => new string(c));
        var wordRun = run.SelectMany(n => Gen.ArrayOf(Gen.Elements(wordChars.ToCharArray()), n)).Select(c => new string(c));
        var separator = Gen.Elements(" ", "  ", "-", ".", "\n", "\t", "@", "/", ":", ", ", "\u007F", "`");
        var nonAscii = Gen.Elements("é", "ü", "٣", "٣٤", "\u212A", "中文", "\u00A0", "²", "ß", "🙂", "\u0080", "１２");
        var padding = Gen.Choose(0, 40).Select(n => new string(' ', n));
        var piece = Gen.Frequency((3, digitRun), (2, letterRun), (3, wordRun), (4, separator), (3, nonAscii), (1, padding));
        return Gen.ListOf(piece).Select(pieces => new GeneratedText(string.Concat(pieces))).ToArbitrary();
    }

    private static Dictionary<string, string> BuildEdgeTexts()
    {
        var texts = new Dictionary<string, string>
        {
            ["empty"] = string.Empty,
            ["one digit"] = "1",
            ["one letter"] = "a",
            ["one underscore"] = "_",
            ["one space"] = " ",
            ["one non-ASCII letter"] = "é",
            ["one Kelvin sign"] = "\u212A",
            ["15 letters"] = new string('a', 15),
            ["16 letters"] = new string('a', 16),
            ["17 letters"] = new string('a', 17),
            ["64 letters"] = new string('b', 64),
            ["65 letters"] = new string('b', 65),
            ["100 letters then digits"] = new string('c', 100) + " 1 " + new string('d', 70) + "2",
            ["non-ASCII only, 40"] = new string('中', 40),
            ["no-break spaces, 64"] = new string('\u00A0', 64),
            ["words ending at block edges"] = new string(' ', 27) + "12345" + new string(' ', 27) + "67890" + new string(' ', 27) + "12",
            ["word from 30 to 35"] = new string(' ', 30) + "12345" + new string(' ', 10),
            ["word from 31 to 33"] = new string(' ', 31) + "12",
            ["word from 0 to 32"] = new string('7', 32),
            ["word from 0 to 33"] = new string('7', 33) + " ",
            ["word from 1 to 64"] = " " + new string('7', 63),
            ["word from 32 to 64"] = new string('.', 32) + new string('8', 32),
            ["word from 63 to 65"] = new string('.', 63) + "12",
            ["word across three blocks"] = new string('.', 20) + new string('5', 60) + ".",
            ["text ending inside a word, 40"] = new string(' ', 35) + "ab1cd",
            ["text ending inside a word, 64"] = new string(' ', 60) + "ab1c",
            ["text ending inside a long word"] = new string(' ', 3) + new string('z', 90),
            ["digit last of a block"] = new string('x', 31) + "1" + new string('x', 10),
            ["digit first of a block"] = new string('x', 32) + "1" + new string('x', 10),
            ["digit first of a block after a space"] = new string('x', 31) + " 1" + new string('x', 10),
            ["non-ASCII at 0"] = "é" + new string('1', 40),
            ["non-ASCII at 31"] = new string('1', 31) + "é" + new string('2', 10),
            ["non-ASCII at 32"] = new string('1', 32) + "é" + new string('2', 10),
            ["non-ASCII at 33"] = new string('1', 33) + "é" + new string('2', 31),
            ["non-ASCII at 63 and 64"] = new string('a', 62) + "1٣٤" + new string('b', 5),
            ["non-ASCII last"] = new string('1', 40) + "é",
            ["non-ASCII first and last of a block"] = "é" + new string('1', 30) + "é" + "é" + new string('2', 30) + "é",
            ["mixed run across blocks"] = new string(' ', 28) + "ab\u00E9cd12" + new string(' ', 30) + "x\u212Ay",
            ["mixed run over a whole block"] = new string('é', 32) + new string('1', 32) + new string('é', 3),
            ["mixed run starting before a block it continues in"] = new string(' ', 20) + "abc" + new string('1', 20) + "é" + new string('2', 40),
            ["surrogate pairs at a block edge"] = new string('1', 31) + "🙂" + new string('2', 31) + "🙂",
            ["separators 0x7F and 0x80"] = new string('3', 31) + "\u007F" + new string('4', 31) + "\u0080" + "5",
            ["punctuation around letters"] = "`a{z[A@Z/0:9_" + new string('`', 20) + "@[`{/:",
            ["31 characters"] = "ab1 cd2 ef3 gh4 ij5 kl6 mn7 op8",
            ["33 characters"] = "ab1 cd2 ef3 gh4 ij5 kl6 mn7 op8 q",
            ["65 characters"] = string.Concat(Enumerable.Repeat("a1b2c ", 11))[..65],
        };

        // More words, buckets and runs than the arrays start with (256 words, 16 per bucket, 8 mixed runs).
        texts["many words"] = string.Join(" ", Enumerable.Range(0, 800).Select(i => (i * 7919 % 100000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        texts["many long words"] = string.Join("-", Enumerable.Range(0, 300).Select(i => new string((char)('a' + (i % 26)), 16 + (i % 60))));
        texts["many mixed runs"] = string.Concat(Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? $"é{i} " : $"{i}٣ x "));
        texts["every length 1 to 70"] = string.Join(" ", Enumerable.Range(1, 70).Select(n => new string('9', n)));
        return texts;
    }
}
