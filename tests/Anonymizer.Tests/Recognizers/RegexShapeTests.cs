using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using Anonymizer.Tests.Conformance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Recognizers;

/// <summary>
/// A <see cref="RegexShape"/> lets the pattern tier skip text, so every property it states must hold for every real
/// match: each character lies in <see cref="RegexShape.Alphabet"/>, the length lies in
/// [<see cref="RegexShape.MinLength"/>, <see cref="RegexShape.MaxLength"/>], a match of ASCII characters holds at least
/// <see cref="RegexShape.MinDigits"/> ASCII digits, and a <see cref="RegexShape.WholeWord"/> match with ASCII characters
/// around it is a maximal run of <c>[A-Za-z0-9_]</c>. These tests pin the shapes of small patterns, check the one
/// case-folding assumption the reader makes against the regex engine, and hold every expression of the library to its
/// shape on peer, digit-dense and mixed-script texts.
/// </summary>
public sealed class RegexShapeTests
{
    private const RegexOptions Ci = RegexOptions.IgnoreCase;

    private static readonly Assembly Library = typeof(PiiAnalyzer).Assembly;

    private static readonly PropertyInfo? FirstCharsProperty =
        typeof(RegexShape).GetProperty("FirstChars", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

    private static readonly PatternRecognizer[] Catalog = RecognizerCatalog.Create(new RecognizerCatalogOptions())
        .OfType<PatternRecognizer>()
        .ToArray();

    /// <summary>Every expression of the library: catalog patterns, their anchored forms, and every [GeneratedRegex].</summary>
    private static readonly (string Name, Regex Regex)[] LibraryRegexes = Catalog
        .SelectMany(r => r.Patterns.SelectMany(p => p.Anchor is { } anchor
            ? new[] { ($"{r.Name}/{p.Name}", p.Regex), ($"{r.Name}/{p.Name} (anchored)", anchor.AnchoredRegex) }
            : new[] { ($"{r.Name}/{p.Name}", p.Regex) }))
        .Concat(GeneratedRegexes())
        .DistinctBy(e => (e.Item2.ToString(), e.Item2.Options))
        .ToArray();

    private static readonly (string Name, Regex Regex, RegexShape Shape)[] Shaped = LibraryRegexes
        .Select(e => (e.Name, e.Regex, Shape: RegexShape.Of(e.Regex)))
        .Where(e => e.Shape is not null)
        .Select(e => (e.Name, e.Regex, e.Shape!))
        .ToArray();

    private static readonly string[] PeerTexts = PeerCaseCatalog.All.Select(c => c.Text).Distinct(StringComparer.Ordinal).ToArray();

    // ---------------------------------------------------------------------------------------------------------------
    // Expected shapes of small patterns.
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Pattern, options, the expected ASCII part of the alphabet written as a one-character .NET class (evaluated over
    /// the 128 ASCII characters, so it states the set exactly), whether non-ASCII characters are in it, min and max
    /// length (null: unbounded), min digits, whole word.
    /// </summary>
    public static TheoryData<string, RegexOptions, string, bool, int, int?, int, bool> ExpectedShapes() => new()
    {
        // Literals and escapes.
        { "abc", RegexOptions.None, "[abc]", false, 3, 3, 0, false },
        { @"a\.b\-", RegexOptions.None, @"[ab.\-]", false, 4, 4, 0, false },
        { @"\x41\u0042\t\n", RegexOptions.None, "[AB\t\n]", false, 4, 4, 0, false },
        { "é", RegexOptions.None, "(?!)", true, 1, 1, 0, false },
        { "a{,3}", RegexOptions.None, "[a{,3}]", false, 5, 5, 1, false },
        { "^ab$", RegexOptions.None, "[ab]", false, 2, 2, 0, false },
        { @"\Aab\z", RegexOptions.None, "[ab]", false, 2, 2, 0, false },

        // Classes, negated classes, ranges, subtraction.
        { "[a-cx]", RegexOptions.None, "[a-cx]", false, 1, 1, 0, false },
        { "[a-]", RegexOptions.None, @"[a\-]", false, 1, 1, 0, false },
        { "[]a]", RegexOptions.None, @"[\]a]", false, 1, 1, 0, false },
        { "[--/]", RegexOptions.None, "[-./]", false, 1, 1, 0, false },
        { "[0-9A-Fa-f]{4}", RegexOptions.None, "[0-9A-Fa-f]", false, 4, 4, 0, false },
        { "[^0-9]", RegexOptions.None, "[^0-9]", true, 1, 1, 0, false },
        { @"[^\d]", RegexOptions.None, "[^0-9]", true, 1, 1, 0, false },
        { @"[^\s]", RegexOptions.None, "[^\t-\r ]", true, 1, 1, 0, false },
        { @"[^\w.]", RegexOptions.None, @"[^A-Za-z0-9_.]", true, 1, 1, 0, false },
        { "[^]a]", RegexOptions.None, @"[^\]a]", true, 1, 1, 0, false },

        // Class escapes and Unicode categories.
        { @"\d", RegexOptions.None, "[0-9]", true, 1, 1, 1, false },
        { @"[\d]", RegexOptions.None, "[0-9]", true, 1, 1, 1, false },
        { @"\w", RegexOptions.None, "[A-Za-z0-9_]", true, 1, 1, 0, false },
        { @"\s", RegexOptions.None, "[\t-\r ]", true, 1, 1, 0, false },
        { @"\p{L}", RegexOptions.None, "[A-Za-z]", true, 1, 1, 0, false },
        { @"\p{Lu}", RegexOptions.None, "[A-Z]", true, 1, 1, 0, false },
        { @"\p{Ll}", RegexOptions.None, "[a-z]", true, 1, 1, 0, false },
        { @"\p{N}", RegexOptions.None, "[0-9]", true, 1, 1, 1, false },
        { @"\p{Nd}{2}", RegexOptions.None, "[0-9]", true, 2, 2, 2, false },
        { @"\p{Lo}", RegexOptions.None, "(?!)", true, 1, 1, 0, false },
        { @"[\p{L}\p{N}-]", RegexOptions.None, @"[A-Za-z0-9\-]", true, 1, 1, 0, false },
        { @"\D", RegexOptions.None, "[^0-9]", true, 1, 1, 0, false },
        { @"\W", RegexOptions.None, "[^A-Za-z0-9_]", true, 1, 1, 0, false },
        { @"\S", RegexOptions.None, "[^\t-\r ]", true, 1, 1, 0, false },
        { @"[\D]", RegexOptions.None, "[^0-9]", true, 1, 1, 0, false },
        { ".", RegexOptions.None, @"[\s\S]", true, 1, 1, 0, false },

        // Case-insensitivity: both cases of a letter; k and K also match the Kelvin sign U+212A.
        { "ab", Ci, "[abAB]", false, 2, 2, 0, false },
        { "k", Ci, "[kK]", true, 1, 1, 0, false },
        { "K", Ci, "[kK]", true, 1, 1, 0, false },
        { "[a-j]", Ci, "[a-jA-J]", false, 1, 1, 0, false },
        { "[a-z]", Ci, "[a-zA-Z]", true, 1, 1, 0, false },
        { "[0-9]", Ci, "[0-9]", false, 1, 1, 1, false },
        { @"\p{Lu}", Ci, "[A-Za-z]", true, 1, 1, 0, false },
        { "(?i)k", RegexOptions.None, "[kK]", true, 1, 1, 0, false },
        { "(?i:x)y", RegexOptions.None, "[xXy]", false, 2, 2, 0, false },
        { "a(?i)b", RegexOptions.None, "[abB]", false, 2, 2, 0, false },
        { "(?i:j)(?-i)z", RegexOptions.None, "[jJz]", false, 2, 2, 0, false },

        // The Kelvin sign itself, matched case-insensitively, matches k and K (checked against the engine below).
        { @"\u212A", Ci, "[kK]", true, 1, 1, 0, false },
        { @"[\u2100-\u21FF]", Ci, "[kK]", true, 1, 1, 0, false },

        // Look-arounds consume nothing: their characters are not in the alphabet.
        { "(?<=x)a(?=y)", RegexOptions.None, "[a]", false, 1, 1, 0, false },
        { "(?<!z)a(?!q)", RegexOptions.None, "[a]", false, 1, 1, 0, false },
        { @"(?<=\d)a(?=é)", RegexOptions.None, "[a]", false, 1, 1, 0, false },
        { @"(?<![\w.-])[0-9]{3}", RegexOptions.None, "[0-9]", false, 3, 3, 3, false },

        // Quantifiers.
        { "a*", RegexOptions.None, "[a]", false, 0, null, 0, false },
        { "a+", RegexOptions.None, "[a]", false, 1, null, 0, false },
        { "a?", RegexOptions.None, "[a]", false, 0, 1, 0, false },
        { "a{3}", RegexOptions.None, "[a]", false, 3, 3, 0, false },
        { "a{2,}", RegexOptions.None, "[a]", false, 2, null, 0, false },
        { "a{2,4}", RegexOptions.None, "[a]", false, 2, 4, 0, false },
        { "a{2,4}?", RegexOptions.None, "[a]", false, 2, 4, 0, false },
        { "a+?b*?", RegexOptions.None, "[ab]", false, 1, null, 0, false },
        { "(?:ab){2,3}", RegexOptions.None, "[ab]", false, 4, 6, 0, false },
        { @"\d{3,5}", RegexOptions.None, "[0-9]", true, 3, 5, 3, false },
        { "[0-9]?[0-9]", RegexOptions.None, "[0-9]", false, 1, 2, 1, false },
        { "(?:[0-9]{2}){3}", RegexOptions.None, "[0-9]", false, 6, 6, 6, false },
        { "(?>a|bc)d", RegexOptions.None, "[a-d]", false, 2, 3, 0, false },

        // Alternation: the shortest and longest alternative, the fewest digits of any.
        { "ab|cde", RegexOptions.None, "[a-e]", false, 2, 3, 0, false },
        { "(a|bc)d", RegexOptions.None, "[a-d]", false, 2, 3, 0, false },
        { @"\d{2}|\d{4}", RegexOptions.None, "[0-9]", true, 2, 4, 2, false },
        { @"x|\d", RegexOptions.None, "[x0-9]", true, 1, 1, 0, false },
        { "(?:|ab)", RegexOptions.None, "[ab]", false, 0, 2, 0, false },

        // Back-references repeat their group: no upper bound; case-insensitively, letters of either case.
        { @"(a)\1", RegexOptions.None, "[a]", false, 1, null, 0, false },
        { @"(a)(b)\2", RegexOptions.None, "[ab]", false, 2, null, 0, false },
        { @"(?<x>ab)\k<x>", RegexOptions.None, "[ab]", false, 2, null, 0, false },
        { @"(?'x'ab)\k'x'", RegexOptions.None, "[ab]", false, 2, null, 0, false },
        { @"([0-9])\1", RegexOptions.None, "[0-9]", false, 1, null, 1, false },

        // Whole words: the alphabet holds only ASCII word characters (plus non-ASCII), the pattern opens and closes with
        // a word boundary or a negative look-around one of whose alternatives is a single word-covering class.
        { @"\b[0-9]{11}\b", RegexOptions.None, "[0-9]", false, 11, 11, 11, true },
        { @"(?<![\w@=]|[0-9][.:/-])[0-9]{11}(?![\w@]|[.:/-]\w)", RegexOptions.None, "[0-9]", false, 11, 11, 11, true },
        { @"(?<![\w.-])\d{9}(?![\w-]|\.\d)", RegexOptions.None, "[0-9]", true, 9, 9, 9, true },
        { @"(?<!\w)[A-Z]\d{8}(?!\w)", RegexOptions.None, "[A-Z0-9]", true, 9, 9, 8, true },
        { @"\bfoo\b", RegexOptions.None, "[fo]", false, 3, 3, 0, true },
        { @"\b_[0-9]{3}\b", RegexOptions.None, "[_0-9]", false, 4, 4, 3, true },
        { @"\b(?:\d{3}|\d{5})\b", RegexOptions.None, "[0-9]", true, 3, 5, 3, true },
        { @"^\b[0-9]{3}\b$", RegexOptions.None, "[0-9]", false, 3, 3, 3, true },
        { @"\b[0-9-]{11}\b", RegexOptions.None, "[0-9-]", false, 11, 11, 0, false },
        { @"\b[0-9.]{3}\b", RegexOptions.None, "[0-9.]", false, 3, 3, 0, false },
        { @"\b\d{3}\b|\b\d{5}\b", RegexOptions.None, "[0-9]", true, 3, 5, 3, false },
        { @"\b[0-9]{3}", RegexOptions.None, "[0-9]", false, 3, 3, 3, false },
        { @"[0-9]{3}\b", RegexOptions.None, "[0-9]", false, 3, 3, 3, false },
        { @"\b?[0-9]{3}\b", RegexOptions.None, "[0-9]", false, 3, 3, 3, false },
        { @"(?<![A-Za-z0-9])[0-9]{3}(?![A-Za-z0-9])", RegexOptions.None, "[0-9]", false, 3, 3, 3, false },
        { @"(?<!\w\w)[0-9]{3}(?!\w\w)", RegexOptions.None, "[0-9]", false, 3, 3, 3, false },
        { @"(?<!\w?)[0-9]{3}(?!\w?)", RegexOptions.None, "[0-9]", false, 3, 3, 3, false },
        { @"(?<=\w)[0-9]{3}(?=\w)", RegexOptions.None, "[0-9]", false, 3, 3, 3, false },
    };

    [Theory]
    [MemberData(nameof(ExpectedShapes))]
    public void Small_patterns_have_the_expected_shape(
        string pattern, RegexOptions options, string asciiClass, bool nonAscii, int minLength, int? maxLength, int minDigits, bool wholeWord)
    {
        var regex = new Regex(pattern, options | RegexOptions.CultureInvariant);
        var shape = RegexShape.Of(regex);
        Assert.NotNull(shape);
        var (low, high) = AsciiSet(asciiClass);
        var expected = new CharAlphabet(low, high, nonAscii);
        Assert.True(
            expected.Equals(shape.Alphabet),
            $"alphabet: expected {Show(expected)}, got {Show(shape.Alphabet)}");
        Assert.Equal(minLength, shape.MinLength);
        Assert.Equal(maxLength, shape.MaxLength);
        Assert.Equal(minDigits, shape.MinDigits);
        Assert.Equal(wholeWord, shape.WholeWord);
    }

    public static TheoryData<string, RegexOptions> UnreadablePatterns() => new()
    {
        { "a b", RegexOptions.IgnorePatternWhitespace },
        { "(?x)a b", RegexOptions.None },
        { "(?x:a b)", RegexOptions.None },
        { "(a)?(?(1)b|c)", RegexOptions.None },
        { "(?(?=a)ab|cd)", RegexOptions.None },
        { "(?<n>a)?(?(n)b|c)", RegexOptions.None },
        { "abc", RegexOptions.RightToLeft },
        { "abc", RegexOptions.ECMAScript },
        { @"[^\W]", RegexOptions.None },
        { @"[^\p{P}]", RegexOptions.None },
    };

    [Theory]
    [MemberData(nameof(UnreadablePatterns))]
    public void Patterns_the_reader_does_not_know_have_no_shape(string pattern, RegexOptions options)
    {
        var regex = new Regex(pattern, options);
        Assert.Null(RegexShape.Of(regex));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The case-folding assumption, against the real engine.
    // ---------------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    [InlineData(RegexOptions.IgnoreCase)]
    public void Case_insensitively_only_k_and_K_match_a_non_ASCII_character_the_Kelvin_sign(RegexOptions options)
    {
        var nonAscii = AllCharsFrom(0x80);
        var found = new List<string>();
        for (var c = 'A'; c <= 'z'; c++)
        {
            if (!char.IsAsciiLetter(c))
            {
                continue;
            }

            foreach (var pattern in new[] { c.ToString(), $"[{c}]", $"[{c}-{c}]" })
            {
                foreach (var match in new Regex(pattern, options).EnumerateMatches(nonAscii))
                {
                    var matched = nonAscii[match.Index];
                    if (!(char.ToUpperInvariant(c) == 'K' && matched == '\u212A'))
                    {
                        found.Add($"/{pattern}/ matches U+{(int)matched:X4}");
                    }
                }
            }

            var expected = char.ToUpperInvariant(c) == 'K' ? 1 : 0;
            Assert.Equal(expected, new Regex(c.ToString(), options).Count("\u212A"));
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Case_insensitively_the_only_non_ASCII_character_matching_ASCII_text_is_the_Kelvin_sign()
    {
        // The converse direction, which matters for non-ASCII literals and ranges of a pattern: which characters above
        // U+007F, as a case-insensitive pattern, match an ASCII character. Blocks of 256 first, single characters of a
        // block that matches.
        var ascii = AllCharsBelow(0x80);
        var found = new List<string>();
        for (var block = 0x80; block <= 0xFFFF; block += 0x100)
        {
            var from = Math.Max(block, 0x80);
            var to = Math.Min(block + 0xFF, 0xFFFF);
            var blockRegex = new Regex($@"[\u{from:X4}-\u{to:X4}]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (!blockRegex.IsMatch(ascii))
            {
                continue;
            }

            for (var u = from; u <= to; u++)
            {
                var single = new Regex($@"\u{u:X4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                foreach (var match in single.EnumerateMatches(ascii))
                {
                    found.Add($"U+{u:X4} matches '{ascii[match.Index]}'");
                }
            }
        }

        Assert.Equal(new[] { "U+212A matches 'K'", "U+212A matches 'k'" }, found);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Soundness of hand-written patterns.
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>One-character patterns: every character the engine matches must be in the alphabet.</summary>
    public static TheoryData<string, RegexOptions> OneCharacterPatterns() => new()
    {
        { "k", Ci }, { "K", Ci }, { "s", Ci }, { "i", Ci }, { "[a-z]", Ci }, { "[A-Z]", Ci }, { "[^a]", Ci }, { "[^k]", Ci },
        { "[J-L]", Ci }, { @"\x4B", Ci }, { @"\u212A", Ci }, { @"[\u0080-\uFFFF]", Ci }, { @"[\u2100-\u21FF]", Ci },
        { @"\w", RegexOptions.None }, { @"\s", RegexOptions.None }, { @"\d", RegexOptions.None }, { @"\p{L}", RegexOptions.None },
        { @"\p{Lu}", Ci }, { @"\p{Ll}", Ci }, { @"\p{N}", RegexOptions.None }, { @"\p{Zs}", RegexOptions.None },
        { @"[^\s]", RegexOptions.None }, { @"[^\d]", RegexOptions.None }, { @"[^\w]", RegexOptions.None },
        { @"[^\p{L}]", RegexOptions.None }, { @"[^\p{Lu}]", Ci }, { @"[\w-[0-9]]", RegexOptions.None },
        { @"[^\x00-\x7F]", RegexOptions.None }, { @"[^\x00-\x7F]", Ci }, { "[^0-9A-Za-z]", Ci }, { @"[\b]", RegexOptions.None },
        { @"\p{P}", RegexOptions.None }, { @"\P{L}", RegexOptions.None }, { @"[a-z-[aeiou]]", Ci }, { @"\D", RegexOptions.None },
        { @"\W", Ci }, { @"\S", RegexOptions.None }, { @"[\W\d]", RegexOptions.None },
        { @"\cA", RegexOptions.None }, { @"\0", RegexOptions.None }, { @"\e", RegexOptions.None },
    };

    [Theory]
    [MemberData(nameof(OneCharacterPatterns))]
    public void One_character_patterns_match_nothing_outside_their_alphabet(string pattern, RegexOptions options)
    {
        var regex = new Regex(pattern, options | RegexOptions.CultureInvariant);
        var shape = RegexShape.Of(regex);
        Assert.NotNull(shape);
        var all = AllCharsFrom(0);
        var outside = new List<string>();
        foreach (var match in regex.EnumerateMatches(all))
        {
            Assert.Equal(1, match.Length);
            if (!shape.Alphabet.Contains(all[match.Index]))
            {
                outside.Add($"U+{match.Index:X4}");
            }
        }

        Assert.True(outside.Count == 0, $"/{pattern}/ ({options}) matches {string.Join(", ", outside.Take(20))} outside {Show(shape.Alphabet)}");
    }

    /// <summary>Patterns and texts with a match that a wrong shape would misdescribe.</summary>
    public static TheoryData<string, RegexOptions, string> ProbedPatterns() => new()
    {
        // Sound today: the shapes of these describe every match.
        { @"\b[0-9]{11}\b", RegexOptions.None, "x 12345678901 a12345678901 12345678901_ ²12345678901 é12345678901" },
        { @"(?<![\w@=]|[0-9][.:/-])[0-9]{11}(?![\w@]|[.:/-]\w)", RegexOptions.None, "1.12345678901 12345678901. =12345678901 12345678901" },
        { @"(?<![\w.-])\d{9}(?![\w-]|\.\d)", RegexOptions.None, "٣٤٥٦٧٨٩٠١ 123456789 ١23456789 x123456789 ²123456789" },
        { @"(?i)\bk[0-9]{3}\b", RegexOptions.None, "k123 K123 \u212A123 xk123" },
        { @"\bk\d{3}\b", Ci, "k123 K123 \u212A123 \u212A١٢٣" },
        { @"(a)\1", Ci, "aA Aa aa" },
        { @"(?<x>[0-9]{2})-\k<x>", RegexOptions.None, "12-12 34-35 ٣٤-٣٤" },
        { @"(?<!\S)\d{3}(?!\S)", RegexOptions.None, "123 a123 123b 456" },
        { @"(?<!\w|\.)[0-9]{4}(?!\w)", RegexOptions.None, "1234 .1234 a1234 é1234 1234é ²1234²" },
        { @"(?:a|b)?c\d", RegexOptions.None, "c1 ac1 bc1" },
        { @"\d*x", RegexOptions.None, "x 12x ٣x" },
        { @"(?=\d)\w+", RegexOptions.None, "1ab a1 ٣b" },
        { @"(?i)(?:k)?\d{3}", RegexOptions.None, "\u212A123 K123 123" },
        { @"[0-9]?[A-Z]{2}", RegexOptions.None, "1AB AB" },
        { @"(?<x>a?)\k<x>b", RegexOptions.None, "aab b" },
        { @"(?<x>[a-c])(?<x>[0-9])\k<x>", RegexOptions.None, "a11 b22 a1a" },
        { @"x{0}y+", RegexOptions.None, "yy" },

        // Each of these has a match outside the shape's claims (a back-reference to a group read inside a look-around,
        // case-insensitive non-ASCII literals and ranges, look-arounds whose class is wider in the shape than in the
        // engine, or whose alternative spans two characters).
        { @"(?=(\d{5}))\1", RegexOptions.None, "ab 12345 cd" },
        { @"\b\u212A[0-9]{3}\b", Ci, "x k123 y" },
        { @"\b[\u0080-\uFFFF][0-9]{3}\b", Ci, "x k123 y" },
        { @"(?<!\W)[0-9]{3}(?!\W)", RegexOptions.None, "a123b" },
        { @"(?<!\D)[0-9]{3}(?!\D)", RegexOptions.None, "12345" },
        { @"(?<!\p{P})[0-9]{3}(?!\p{P})", RegexOptions.None, "a123b" },
        { @"(?<![\w-[a]])[0-9]{3}(?![\w-[a]])", RegexOptions.None, "a123a" },
        { @"(?<!(?:\w\w))[0-9]{3}(?!(?:\w\w))", RegexOptions.None, "a123b" },
    };

    [Theory]
    [MemberData(nameof(ProbedPatterns))]
    public void Hand_written_patterns_match_only_inside_their_shape(string pattern, RegexOptions options, string text)
    {
        var regex = new Regex(pattern, options | RegexOptions.CultureInvariant);
        var shape = RegexShape.Of(regex);
        Assert.NotNull(shape);
        var matches = 0;
        for (var start = 0; start <= text.Length; start++)
        {
            // Every match the engine finds from any start position (a hinted scan starts anywhere).
            var match = regex.Match(text, start);
            if (!match.Success)
            {
                continue;
            }

            matches++;
            var violation = Violation(shape, text, match.Index, match.Length);
            Assert.True(violation is null, $"/{pattern}/ shape {shape}: match \"{Escape(match.Value)}\" at {match.Index} of \"{Escape(text)}\": {violation}");
        }

        Assert.True(matches > 0, $"/{pattern}/ does not match its probe text; the row tests nothing");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Soundness of every expression of the library.
    // ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Most_library_expressions_have_a_shape()
    {
        var catalogPatterns = Catalog.SelectMany(r => r.Patterns).ToArray();
        var shaped = catalogPatterns.Count(p => RegexShape.Of(p.Regex) is not null);
        Assert.True(shaped * 10 >= catalogPatterns.Length * 8, $"only {shaped} of {catalogPatterns.Length} catalog patterns have a shape");
        var wholeWord = catalogPatterns.Count(p => RegexShape.Of(p.Regex) is { WholeWord: true });
        Assert.True(wholeWord >= 20, $"only {wholeWord} catalog patterns are whole-word");
        Assert.True(LibraryRegexes.Length > catalogPatterns.Length, "expected [GeneratedRegex] methods beyond the catalog patterns");
        Assert.True(Shaped.Length * 10 >= LibraryRegexes.Length * 6, $"only {Shaped.Length} of {LibraryRegexes.Length} library expressions have a shape");
    }

    [Fact]
    public void Every_match_in_peer_texts_lies_inside_its_shape()
    {
        var violations = PeerTexts.Concat([string.Join("\n", PeerTexts)]).SelectMany(Violations).Take(10).ToArray();
        Assert.True(violations.Length == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_soundness_texts_exercise_most_shaped_expressions()
    {
        // Guards the corpora below: soundness means little for expressions that never match.
        var texts = PeerTexts
            .Concat(DigitTextArbitrary.Texts().Generator.Sample(60, 150).Select(t => t.Value))
            .Concat(MixedScriptTextArbitrary.Texts().Generator.Sample(60, 150).Select(t => t.Value))
            .ToArray();
        var exercised = Shaped.Count(e => texts.Any(t => e.Regex.IsMatch(t)));
        Assert.True(exercised * 10 >= Shaped.Length * 8, $"only {exercised} of {Shaped.Length} shaped expressions match the texts");
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(DigitTextArbitrary)])]
    public bool Every_match_in_digit_dense_text_lies_inside_its_shape(DigitText text)
    {
        var violation = Violations(text.Value).FirstOrDefault();
        return violation is null ? true : throw new InvalidOperationException(violation);
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(MixedScriptTextArbitrary)])]
    public bool Every_match_in_text_mixing_pii_and_other_scripts_lies_inside_its_shape(MixedScriptText text)
    {
        var violation = Violations(text.Value).FirstOrDefault();
        return violation is null ? true : throw new InvalidOperationException(violation);
    }

    [Fact]
    public void Violation_reports_each_broken_property()
    {
        // The checker itself: a shape of \b[0-9]{3}\b against matches it does not describe.
        var shape = RegexShape.Of(new Regex(@"\b[0-9]{3}\b"))!;
        Assert.Null(Violation(shape, "a 123 b", 2, 3));
        Assert.Contains("alphabet", Violation(shape, "a 1x3 b", 2, 3));
        Assert.Contains("shorter", Violation(shape, "a 12 b", 2, 2));
        Assert.Contains("longer", Violation(shape, "a 1234 b", 2, 4));
        Assert.Contains("whole word", Violation(shape, "a123 b", 1, 3));
        var oneDigit = RegexShape.Of(new Regex("[0-9a]?[0-9]"))!;
        Assert.Equal(1, oneDigit.MinDigits);
        Assert.Null(Violation(oneDigit, "a1", 0, 2));
        Assert.Contains("digits", Violation(oneDigit, "aa", 0, 2));
    }

    private static List<string> Violations(string text)
    {
        var violations = new List<string>();
        foreach (var (name, regex, shape) in Shaped)
        {
            foreach (var match in regex.EnumerateMatches(text))
            {
                var violation = Violation(shape, text, match.Index, match.Length);
                if (violation is not null)
                {
                    violations.Add($"{name} /{regex}/ shape {shape}: match \"{Escape(text.Substring(match.Index, match.Length))}\" at {match.Index} of \"{Escape(text)}\": {violation}");
                }
            }
        }

        return violations;
    }

    /// <summary>Which property of <paramref name="shape"/> the match at <paramref name="index"/> breaks, if any.</summary>
    internal static string? Violation(RegexShape shape, string text, int index, int length)
    {
        var match = text.AsSpan(index, length);
        foreach (var c in match)
        {
            if (!shape.Alphabet.Contains(c))
            {
                return $"U+{(int)c:X4} is outside the alphabet {Show(shape.Alphabet)}";
            }
        }

        if (length < shape.MinLength)
        {
            return $"{length} characters, shorter than {shape.MinLength}";
        }

        if (shape.MaxLength is { } max && length > max)
        {
            return $"{length} characters, longer than {max}";
        }

        if (length > 0 && FirstCharsProperty?.GetValue(shape) is CharAlphabet first && !first.Contains(match[0]))
        {
            return $"starts with U+{(int)match[0]:X4}, outside the first characters {Show(first)}";
        }

        var ascii = !match.ContainsAnyExceptInRange((char)0, (char)127);
        var digits = 0;
        foreach (var c in match)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        if (ascii && digits < shape.MinDigits)
        {
            return $"{digits} ASCII digits, fewer than {shape.MinDigits}";
        }

        var before = index > 0 ? text[index - 1] : ' ';
        var after = index + length < text.Length ? text[index + length] : ' ';
        if (shape.WholeWord && length > 0 && ascii && before < 128 && after < 128)
        {
            foreach (var c in match)
            {
                if (!IsAsciiWordChar(c))
                {
                    return $"not a whole word: holds '{c}'";
                }
            }

            if (IsAsciiWordChar(before) || IsAsciiWordChar(after))
            {
                var left = index > 0 ? $"'{before}'" : "the start";
                var right = index + length < text.Length ? $"'{after}'" : "the end";
                return $"not a whole word: between {left} and {right}";
            }
        }

        return null;
    }

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static (ulong Low, ulong High) AsciiSet(string oneCharClass)
    {
        var regex = new Regex($@"\A(?:{oneCharClass})\z", RegexOptions.CultureInvariant);
        ulong low = 0;
        ulong high = 0;
        for (var c = 0; c < 128; c++)
        {
            if (regex.IsMatch(((char)c).ToString()))
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
        }

        return (low, high);
    }

    private static string AllCharsFrom(int first)
    {
        var builder = new StringBuilder(0x10000 - first);
        for (var c = first; c <= 0xFFFF; c++)
        {
            builder.Append((char)c);
        }

        return builder.ToString();
    }

    private static string AllCharsBelow(int end)
    {
        var builder = new StringBuilder(end);
        for (var c = 0; c < end; c++)
        {
            builder.Append((char)c);
        }

        return builder.ToString();
    }

    private static string Show(CharAlphabet alphabet)
    {
        var controls = string.Concat(Enumerable.Range(0, 32).Where(c => alphabet.Contains((char)c)).Select(c => $"\\x{c:X2}"));
        return $"[{controls}{alphabet}] (low {alphabet.Low:X16}, high {alphabet.High:X16})";
    }

    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and < (char)127 ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }

    private static IEnumerable<(string, Regex)> GeneratedRegexes() =>
        Library.GetTypes()
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null && m.GetParameters().Length == 0)
            .Select(m => ($"{m.DeclaringType!.FullName}.{m.Name}", (Regex)m.Invoke(null, null)!));
}
