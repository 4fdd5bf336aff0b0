using System.Text;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using Anonymizer.Tests.Conformance;
using Anonymizer.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Recognizers;

/// <summary>
/// The indexed scan of a <see cref="PatternRecognizer"/> (whole-word patterns through the <see cref="WordIndex"/>,
/// hinted patterns through digit windows checked against the pattern's alphabet, anchored patterns through their
/// <see cref="PatternAnchor"/>) must find exactly what scanning every pattern over the whole text finds, in the same
/// order — for every recognizer of the catalog, hinted or not, with its own index or one shared by all of them as in an
/// analysis. Texts: Presidio's cases, digit-dense noise, PII mixed with noise, identifiers next to letters and digits
/// of other scripts, and mail header lines.
/// </summary>
public sealed class IndexedScanTests
{
    private static readonly PatternRecognizer[] Recognizers = RecognizerCatalog.Create(new RecognizerCatalogOptions())
        .OfType<PatternRecognizer>()
        .ToArray();

    /// <summary>
    /// The catalog's recognizers without their validators (same patterns and hints): every regex match is reported, so a
    /// candidate the indexed scan loses cannot hide behind a failing checksum.
    /// </summary>
    private static readonly PatternRecognizer[] Unvalidated = Recognizers
        .Select(r => new PatternRecognizer(new PatternRecognizerOptions
        {
            Name = r.Name,
            EntityType = r.SupportedEntities[0],
            Patterns = r.Patterns,
            DigitHint = r.DigitHint,
        }))
        .ToArray();

    private static readonly string[] PeerTexts = PeerCaseCatalog.All.Select(c => c.Text).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Header lines of the kind a mail corpus is full of: identifiers, dates, addresses, base64 next to each other.</summary>
    internal static readonly string[] MailHeaderLines =
    [
        "Received: from mail.example.org (mail.example.org [192.168.1.25]) by mx.example.net (Postfix) with ESMTPS id 4F2A1B3C5D for <jane.doe@example.com>; Mon, 23 Sep 2024 12:34:56 -0400 (EDT)",
        "Received: from [10.0.0.7] (port=51234 helo=laptop) by smtp.example.de with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) id 1sSxYz-000Abc-2Q; Tue, 01 Oct 2024 08:15:00 +0200",
        "Message-ID: <20240923123456.4F2A1B3C5D@mail.example.org>",
        "Message-Id: <CAF=k3x9Z+12345678901234567890ABCDEFabcdef@mail.gmail.com>",
        "In-Reply-To: <1695472496000.123456789.JavaMail.root@srv-042.example.co.uk>",
        "Date: Tue, 01 Oct 2024 08:15:00 +0200",
        "From: \"Jürgen Müller\" <juergen.mueller@example.de>",
        "To: 田中太郎 <tanaka@example.jp>, \"Ødegård, Åse\" <aase.odegaard@example.no>",
        "X-Originating-IP: [2001:db8::8a2e:370:7334]",
        "X-Mailer: Microsoft Outlook 16.0.17928.20114",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-TNEF-Correlator: <AM6PR04MB5432C1D2E3F4A5B6C7D8E9F0A1B2C3D4@AM6PR04MB5432.eurprd04.prod.outlook.com>",
        "Thread-Index: AdkPq3V5mT0xYzQ1Rk2N8gAAbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/==",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=selector1; t=1727765700; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSAxMjM0NTY3ODkw",
        "Content-Type: multipart/alternative; boundary=\"----=_Part_123456_7890123.1695472496000\"",
        "Subject: =?UTF-8?B?SGVsbG8gV29ybGQgMTIzNDU2Nzg5MA==?= Rechnung Nr. 2024-000123 / Kd.-Nr. 4711",
        "X-Spam-Status: No, score=-2.9 required=5.0 tests=ALL_TRUSTED,BAYES_00 autolearn=ham version=3.4.6",
        "Phone: +49 30 1234567 / Tel. 030/1234567 / Mobil 0171 2345678, Fax +1 (415) 555-0132",
        "IBAN: DE89370400440532013000 BIC: COBADEFFXXX USt-IdNr.: DE123456789 Steuer-ID 12345678901",
        "X-Ticket: ABC-12345-XYZ\u00A0Ref\u00A0123-45-6789\u00A0Kunde\u00A0\u212A12345678",
        "Return-Path: <bounce+SRS=ab12C=DE=example.com=user@forwarder.example.net>",
        "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.org; dkim=pass header.d=example.org header.s=2024a header.b=AbC123dE",
    ];

    /// <summary>Identifiers with letters and digits of other scripts, the Kelvin sign or a no-break space right next to them.</summary>
    public static TheoryData<string> NonAsciiNeighbours() =>
    [
        "é123456789 123456789é ü123-45-6789ü",
        "٣23456789 1234567٣9 ١٢٣٤٥٦٧٨٩ ۱۲۳۴۵۶۷۸۹ १२३४५६७८९ １２３４５６７８９",
        "\u212A12345678 K12345678 k1234567 \u212Ab1234567",
        "中123456789中 数据12345678901数据 ²12345678901² Ⅻ4012888888881881Ⅻ",
        "\u00A0536-22-8726\u00A0 \u00A04012 8888 8888 1881\u00A0 DE89\u00A03704\u00A00044\u00A00532\u00A00130\u00A000",
        "AB123456Cé ABCDE1234Fü RSSMRA85T10A562S\u212A S1234567D٣ bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdqé",
        "ß12345678901ß ı12345678ı İ123456789İ ſ1234567890ſ Ω12345678Ω",
        "jürgen.müller@exämple.de +49 (0)30 1234567\u00A0ext 12 ١٢٣-٤٥-٦٧٨٩ 1٢3-45-6789",
        "Ⅻ1990-01-02Ⅻ 2024\u201101\u201131 31.12.2024é é01/02/2024",
    ];

    [Fact]
    public void The_catalog_has_pattern_recognizers_of_every_kind()
    {
        Assert.True(Recognizers.Length >= 50, $"only {Recognizers.Length} pattern recognizers");
        var patterns = Recognizers.SelectMany(r => r.Patterns).ToArray();
        Assert.Contains(patterns, p => p.Anchor is not null);
        Assert.Contains(patterns, p => p.Anchor is null && RegexShape.Of(p.Regex) is { WholeWord: true, MaxLength: not null, MinDigits: > 0 });
        Assert.Contains(patterns, p => p.Anchor is null && RegexShape.Of(p.Regex) is { WholeWord: true, MaxLength: not null, MinLength: >= WordIndex.AllWordsFrom });
        Assert.Contains(patterns, p => p.Anchor is null && RegexShape.Of(p.Regex) is { WholeWord: true, Alphabet.NonAscii: true });
        Assert.Contains(Recognizers, r => r.DigitHint is not null || r.Patterns.Any(p => p.DigitHint is not null));
        Assert.Contains(Recognizers, r => r.DigitHint is null && r.Patterns.All(p => p.DigitHint is null && p.Anchor is null));
    }

    [Fact]
    public void Indexed_and_whole_text_scans_agree_on_peer_texts()
    {
        var different = PeerTexts.Concat([string.Join("\n", PeerTexts)]).SelectMany(Disagreements).Take(10).ToArray();
        Assert.True(different.Length == 0, string.Join("\n", different));
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(DigitTextArbitrary)])]
    public bool Indexed_and_whole_text_scans_agree_on_digit_dense_text(DigitText text) => Agree(text.Value);

    [Property(MaxTest = 80, Arbitrary = [typeof(PiiTextArbitrary)])]
    public bool Indexed_and_whole_text_scans_agree_on_text_mixed_with_pii(PiiText text) => Agree(text.Value);

    [Property(MaxTest = 120, Arbitrary = [typeof(MixedScriptTextArbitrary)])]
    public bool Indexed_and_whole_text_scans_agree_on_ids_next_to_other_scripts(MixedScriptText text) => Agree(text.Value);

    [Theory]
    [MemberData(nameof(NonAsciiNeighbours))]
    public void Indexed_and_whole_text_scans_agree_next_to_non_ascii_characters(string text) => AssertAgree(text);

    /// <summary>
    /// A short field holding one identifier and nothing else has exactly the characters and digits of its match: a pattern
    /// skipped because the text is too short or has too few digits for it would lose that match here.
    /// </summary>
    [Fact]
    public void Indexed_and_whole_text_scans_agree_on_each_identifier_alone_as_a_field()
    {
        var different = MixedScriptTextArbitrary.Ids.Concat(MixedScriptTextArbitrary.PeerValues).SelectMany(Disagreements).Take(10).ToArray();
        Assert.True(different.Length == 0, string.Join("\n", different));
    }

    /// <summary>Short fields cut anywhere from identifiers and mail header lines: lengths and digit counts at every boundary.</summary>
    [Property(MaxTest = 300)]
    public bool Indexed_and_whole_text_scans_agree_on_short_fields_cut_from_identifiers(PositiveInt source, NonNegativeInt start, NonNegativeInt length)
    {
        var sources = ShortFieldSources;
        var text = sources[source.Get % sources.Length];
        var from = start.Get % (text.Length + 1);
        return Agree(text[from..Math.Min(text.Length, from + (length.Get % 49))]);
    }

    private static readonly string[] ShortFieldSources = [.. MixedScriptTextArbitrary.Ids, .. MixedScriptTextArbitrary.PeerValues, .. MailHeaderLines];

    [Fact]
    public void Indexed_and_whole_text_scans_agree_on_mail_header_lines()
    {
        var different = MailHeaderLines.Concat([string.Join("\r\n", MailHeaderLines)]).SelectMany(Disagreements).Take(10).ToArray();
        Assert.True(different.Length == 0, string.Join("\n", different));
    }

    [Fact]
    public void Indexed_and_whole_text_scans_agree_on_a_text_longer_than_a_scan_window()
    {
        // Matches straddling the 64 Ki window of a whole-text scan, with a separator every few characters.
        var builder = new StringBuilder();
        var values = new[] { "536-22-8726", "12345678901", "DE89370400440532013000", "4012888888881881", "AB123456C", "1990-01-02" };
        for (var i = 0; builder.Length < PatternRecognizer.Window + 2000; i++)
        {
            builder.Append(i % 7 == 0 ? "é" : " ").Append(values[i % values.Length]).Append(i % 5 == 0 ? "\u00A0x" : " lorem ipsum");
        }

        // The catalog's recognizers only: their unvalidated twins would scan the whole text for every pattern.
        var different = Disagreements(builder.ToString(), unvalidated: false).Take(10).ToArray();
        Assert.True(different.Length == 0, string.Join("\n", different));
    }

    [Theory]
    [InlineData("x {0} y")]
    [InlineData("{0}")]
    [InlineData("€{0}€")]
    [InlineData("\u00A0{0}\u00A0")]
    [InlineData("                              {0}")]
    public void Words_longer_than_the_last_bucket_are_found(string format)
    {
        foreach (var address in new[] { MixedScriptTextArbitrary.LongBech32, MixedScriptTextArbitrary.P2wshBech32 })
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, address);
            var crypto = Recognizers.Single(r => r.Name == "CryptoRecognizer");
            var sink = new MatchSink();
            crypto.Analyze(text, sink);
            var match = Assert.Single(sink.ToArray());
            Assert.Equal(address, match.TextIn(text).ToString());
            Assert.Equal(1.0, match.Score);
            AssertAgree(text);
        }
    }

    [Fact]
    public void Generated_texts_produce_matches_for_most_recognizers()
    {
        // Guards the generators: agreement means little for recognizers that never match.
        var texts = DigitTextArbitrary.Texts().Generator.Sample(60, 200).Select(t => t.Value)
            .Concat(PiiTextArbitrary.Texts().Generator.Sample(30, 200).Select(t => t.Value))
            .Concat(MixedScriptTextArbitrary.Texts().Generator.Sample(40, 300).Select(t => t.Value))
            .ToArray();
        var sink = new MatchSink();
        var raw = 0;
        var emitted = 0;
        var nextToNonAscii = 0;
        foreach (var recognizer in Recognizers)
        {
            raw += recognizer.Patterns.Any(p => texts.Any(t => p.Regex.IsMatch(t))) ? 1 : 0;
            var found = false;
            foreach (var text in texts)
            {
                sink.Clear();
                recognizer.AnalyzeWithoutHint(text, sink);
                found |= sink.Count > 0;
                foreach (var match in sink.Matches)
                {
                    // Matches holding or touching a character above U+007F: where the word index's mixed runs matter.
                    var from = Math.Max(match.Start - 1, 0);
                    var to = Math.Min(match.End + 1, text.Length);
                    nextToNonAscii += text.AsSpan(from, to - from).ContainsAnyExceptInRange((char)0, (char)127) ? 1 : 0;
                }
            }

            emitted += found ? 1 : 0;
        }

        Assert.True(nextToNonAscii >= 50, $"only {nextToNonAscii} matches hold or touch a non-ASCII character");

        Assert.True(raw * 100 >= Recognizers.Length * 85, $"only {raw} of {Recognizers.Length} recognizers have a regex match in generated text");
        Assert.True(emitted * 100 >= Recognizers.Length * 70, $"only {emitted} of {Recognizers.Length} recognizers report a match in generated text");
    }

    /// <summary>
    /// Patterns of the kind a user can add (<see cref="AnonymizerBuilder.AddPattern"/>), with a text where the regex
    /// matches: the indexed scan of a one-pattern recognizer must report exactly the regex's matches.
    /// </summary>
    public static TheoryData<string, RegexOptions, int, string> UserPatterns() => new()
    {
        { @"\b[0-9]{11}\b", RegexOptions.None, 0, "x 12345678901 a12345678901 ²12345678901 é12345678901 12345678901\u00A0" },
        { @"(?<!\w)\d{9}(?!\w)", RegexOptions.None, 0, "٣٤٥٦٧٨٩٠١ 123456789 ١23456789 x123456789 ²123456789 123456789²" },
        { @"\b[A-Z]{2}[0-9]{6}[A-D]\b", RegexOptions.IgnoreCase, 0, "ab123456c AB123456C \u212Ab123456c xab123456c" },
        { @"\b[a-z0-9]{20}\b", RegexOptions.None, 0, "abcdefghijklmnopqrst abcdefghijklmnopqrs1 é12345678901234567890" },
        { @"\b\d{3}-\d{2}-\d{4}\b", RegexOptions.None, 0, "536-22-8726 ٥٣٦-٢٢-٨٧٢٦ x536-22-8726" },
        { @"(?<!\S)\d{3}(?!\S)", RegexOptions.None, 0, "123 a123 123b 456\u00A0789" },
        { @"\b[0-9]{5}\b", RegexOptions.None, 5, "12345 1234 123456 ١٢٣٤٥" },
        { @"\b[0-9]{3}\b", RegexOptions.None, 0, "x²123²y é123 123é 123" },

        // Each of these has a match the indexed scan may lose: a look-around whose class the shape reads wider than the
        // engine (\W, \D, \p{P}, a subtraction) or whose alternative spans two characters, \p{N} digits that are not
        // decimal digits, a case-insensitive Kelvin sign or non-ASCII range matching k, a back-reference to a group
        // inside a look-ahead.
        { @"(?<!\W)[0-9]{3}(?!\W)", RegexOptions.None, 0, "a123b" },
        { @"(?<!\D)[0-9]{3}(?!\D)", RegexOptions.None, 0, "12345" },
        { @"(?<!\p{P})[0-9]{3}(?!\p{P})", RegexOptions.None, 0, "a123b" },
        { @"(?<![\w-[a]])[0-9]{3}(?![\w-[a]])", RegexOptions.None, 0, "a123a" },
        { @"(?<!(?:\w\w))[0-9]{3}(?!(?:\w\w))", RegexOptions.None, 0, "a123b" },
        { @"\b\p{N}{3}\b", RegexOptions.None, 0, "a²²²b" },
        { @"\b\u212A[0-9]{3}\b", RegexOptions.IgnoreCase, 0, "x k123 y" },
        { @"\b[\u0080-\uFFFF][0-9]{3}\b", RegexOptions.IgnoreCase, 0, "x k123 y" },
        { @"(?=(\d{5}))\1", RegexOptions.None, 5, "ab 12345 cd" },
    };

    [Theory]
    [MemberData(nameof(UserPatterns))]
    public void Indexed_scan_of_a_user_pattern_reports_every_regex_match(string pattern, RegexOptions options, int hintDigits, string text)
    {
        var regex = new Regex(pattern, options | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var recognizer = new PatternRecognizer(new PatternRecognizerOptions
        {
            Name = "user",
            EntityType = "USER",
            Patterns = [new RegexPattern("user", regex, 0.5)],
            DigitHint = hintDigits > 0 ? new DigitHint(hintDigits, 64) : null,
        });
        var expected = new List<(int, int)>();
        foreach (var match in regex.EnumerateMatches(text))
        {
            if (match.Length > 0)
            {
                expected.Add((match.Index, match.Length));
            }
        }

        Assert.NotEmpty(expected);
        var sink = new MatchSink();
        recognizer.AnalyzeWithoutHint(text, sink);
        Assert.Equal(expected, sink.ToArray().Select(m => (m.Start, m.Length)));
        sink.Clear();
        recognizer.Analyze(text, sink);
        var actual = sink.ToArray().Select(m => (m.Start, m.Length)).ToArray();
        Assert.True(
            expected.SequenceEqual(actual),
            $"/{pattern}/ (shape {RegexShape.Of(regex)}) on \"{RegexShapeTests.Escape(text)}\": regex {string.Join(",", expected)}, indexed {string.Join(",", actual)}");
    }

    private static bool Agree(string text)
    {
        var different = Disagreements(text).FirstOrDefault();
        return different is null ? true : throw new InvalidOperationException(different);
    }

    private static void AssertAgree(string text)
    {
        var different = Disagreements(text).Take(10).ToArray();
        Assert.True(different.Length == 0, string.Join("\n", different));
    }

    /// <summary>
    /// Every recognizer whose indexed scan differs from its whole-text scan on <paramref name="text"/>: with an index of
    /// its own (<see cref="PatternRecognizer.Analyze(ReadOnlySpan{char}, MatchSink)"/>) and with one index shared by
    /// all recognizers, as an analysis runs them. Also every reported match that is no match of its pattern's regex, and
    /// every recognizer whose unvalidated twin does not report exactly its patterns' regex matches.
    /// </summary>
    private static List<string> Disagreements(string text) => Disagreements(text, unvalidated: true);

    private static List<string> Disagreements(string text, bool unvalidated)
    {
        var result = new List<string>();
        var own = new MatchSink();
        var shared = new MatchSink();
        var whole = new MatchSink();
        var index = TextIndex.Rent();
        try
        {
            foreach (var recognizer in Recognizers)
            {
                own.Clear();
                shared.Clear();
                whole.Clear();
                recognizer.AnalyzeWithoutHint(text, whole);
                recognizer.Analyze(text, own);
                recognizer.Analyze(text, index, shared);
                if (!own.Matches.SequenceEqual(whole.Matches))
                {
                    result.Add($"{recognizer.Name}: indexed {Show(text, own)} whole {Show(text, whole)} in \"{RegexShapeTests.Escape(text)}\"");
                }
                else if (!shared.Matches.SequenceEqual(whole.Matches))
                {
                    result.Add($"{recognizer.Name} (shared index): indexed {Show(text, shared)} whole {Show(text, whole)} in \"{RegexShapeTests.Escape(text)}\"");
                }

                foreach (var match in whole.Matches)
                {
                    if (!IsRegexMatch(recognizer, match.Explanation.Pattern, text, match.Start, match.Length))
                    {
                        result.Add($"{recognizer.Name}/{match.Explanation.Pattern}: reported \"{RegexShapeTests.Escape(match.TextIn(text).ToString())}\" at {match.Start}, no match of the pattern's regex, in \"{RegexShapeTests.Escape(text)}\"");
                    }
                }
            }

            foreach (var recognizer in unvalidated ? Unvalidated : [])
            {
                // Without a validator, the indexed scan must report the regex's own matches, pattern after pattern.
                shared.Clear();
                recognizer.Analyze(text, index, shared);
                var expected = new List<(string, int, int)>();
                foreach (var pattern in recognizer.Patterns)
                {
                    foreach (var match in pattern.Regex.EnumerateMatches(text))
                    {
                        if (match.Length > 0)
                        {
                            expected.Add((pattern.Name, match.Index, match.Length));
                        }
                    }
                }

                var actual = shared.ToArray().Select(m => (m.Explanation.Pattern, m.Start, m.Length)).ToList();
                if (!expected.SequenceEqual(actual))
                {
                    var missing = expected.Except(actual).Select(e => $"{e.Item1} {e.Item2}:\"{RegexShapeTests.Escape(text.Substring(e.Item2, e.Item3))}\"");
                    var extra = actual.Except(expected).Select(e => $"{e.Item1} {e.Item2}:\"{RegexShapeTests.Escape(text.Substring(e.Item2, e.Item3))}\"");
                    result.Add($"{recognizer.Name} (unvalidated): missing [{string.Join(", ", missing)}] extra [{string.Join(", ", extra)}] in \"{RegexShapeTests.Escape(text)}\"");
                }
            }
        }
        finally
        {
            TextIndex.Return(index);
        }

        return result;
    }

    private static bool IsRegexMatch(PatternRecognizer recognizer, string patternName, string text, int start, int length)
    {
        foreach (var pattern in recognizer.Patterns)
        {
            if (pattern.Name != patternName)
            {
                continue;
            }

            foreach (var match in pattern.Regex.EnumerateMatches(text, start))
            {
                if (match.Index == start && match.Length == length)
                {
                    return true;
                }

                break;
            }
        }

        return false;
    }

    private static string Show(string text, MatchSink sink) =>
        $"[{string.Join(", ", sink.ToArray().Select(m => $"{m.Start}:\"{RegexShapeTests.Escape(m.TextIn(text).ToString())}\""))}]";
}

/// <summary>A generated text of identifiers and PII next to letters, digits and spaces of other scripts.</summary>
public sealed record MixedScriptText(string Value)
{
    public override string ToString() => RegexShapeTests.Escape(Value);
}

/// <summary>
/// Generates <see cref="MixedScriptText"/>: identifiers (Presidio's case values, hand-picked ones, digit runs), some
/// with one digit written in another script or a k written as the Kelvin sign, between non-ASCII letters and digits
/// (é, ü, Arabic-Indic ٣, CJK, U+212A, no-break space, superscripts), ASCII separators and short words.
/// </summary>
public static class MixedScriptTextArbitrary
{
    /// <summary>A valid Bech32m address of 74 characters: a word longer than the last length bucket of the word index.</summary>
    internal const string LongBech32 = "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y";

    /// <summary>A valid Bech32 P2WSH address of 62 characters.</summary>
    internal const string P2wshBech32 = "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3";

    internal static readonly string[] Ids =
    [
        "536-22-8726", "078-05-1121", "123456789", "12345678901", "4012888888881881", "4012-8888-8888-1881", "3714 496353 98431",
        "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "AB123456C", "QQ 12 34 56 C",
        "RSSMRA85T10A562S", "S1234567D", "T1234567J", "ABCDE1234F", "53 004 085 616", "51824753556", "123 456 782",
        "2123456789", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4q7w508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", LongBech32, P2wshBech32,
        "192.168.0.1", "2001:db8::1",
        "00:1A:2B:3C:4D:5E", "jane.doe@example.com", "2024-01-31", "31/01/2024", "+1 415 555 0132", "(415) 555-0132",
        "MORGA753116SM9IJ", "1990-01-02T03:04:05Z", "A12345678", "X1234567", "HRB 12345", "12 345 678 901", "K12345678",
        "K01X00T47", "KKLMN12345", "kbcde1234f", "KA 12 34 56 C", "K1234567D",
    ];

    internal static readonly string[] PeerValues = PeerCaseCatalog.All
        .SelectMany(c => (c.ExpectedSpans ?? []).Where(s => s.Length == 2 && s[0] >= 0 && s[1] <= c.Text.Length && s[1] > s[0])
            .Select(s => c.Text[s[0]..s[1]]))
        .Concat(PeerCaseCatalog.All.Select(c => c.Text).Where(t => t.Length <= 40))
        .Where(v => v.Length is > 0 and <= 96)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static readonly string[] NonAscii =
    [
        "é", "ü", "Ä", "ß", "ñ", "Ω", "٣", "٣٤٥", "١٢٣٤٥٦٧٨٩", "۷", "४", "１", "\u212A", "中文", "数据", "田", "\u00A0", "\u00A0\u00A0",
        "²", "³", "Ⅻ", "€", "ı", "İ", "ſ", "\u200B", "\u2011", "🙂", "\u0301", "«", "»",
    ];

    private static readonly string[] Separators = [" ", "", "", "-", ".", "/", ":", "_", "=", "@", "\n", ", ", "(", ")", "+", "#", "\t", "\r\n"];

    private static readonly string[] Words = ["ID", "Nr", "x", "abc", "Tel", "IBAN", "k", "K", "SSN", "de", "DE", "passport"];

    /// <summary>Zero in scripts whose digits \d matches but [0-9] does not: Arabic-Indic, Extended Arabic-Indic, Devanagari, fullwidth.</summary>
    private static readonly char[] Zeros = ['\u0660', '\u06F0', '\u0966', '\uFF10'];

    public static Arbitrary<MixedScriptText> Texts()
    {
        var digits = Gen.Choose(1, 20).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n)).Select(d => string.Concat(d));
        var id = Gen.Frequency((3, Gen.Elements(Ids)), (3, Gen.Elements(PeerValues)), (2, digits));
        var respelled = id.SelectMany(value => Gen.Choose(0, 1 << 20).SelectMany(at => Gen.Elements(Zeros).Select(zero => Respell(value, at, zero))));
        var piece = Gen.Frequency(
            (5, id),
            (1, respelled),
            (3, Gen.Elements(NonAscii)),
            (4, Gen.Elements(Separators)),
            (1, Gen.Elements(Words)));
        return Gen.ListOf(piece).Select(pieces => new MixedScriptText(string.Concat(pieces))).ToArbitrary();
    }

    // One ASCII digit of the value in another script, or one k/K as the Kelvin sign; the value unchanged when it has neither.
    private static string Respell(string value, int at, char zero)
    {
        var positions = Enumerable.Range(0, value.Length).Where(i => char.IsAsciiDigit(value[i]) || value[i] is 'k' or 'K').ToArray();
        if (positions.Length == 0)
        {
            return value;
        }

        var position = positions[at % positions.Length];
        var c = value[position];
        var replacement = char.IsAsciiDigit(c) ? (char)(zero + (c - '0')) : '\u212A';
        return string.Concat(value.AsSpan(0, position), replacement.ToString(), value.AsSpan(position + 1));
    }
}
