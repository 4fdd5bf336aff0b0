using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using Anonymizer.Recognizers.Generic;
using Anonymizer.Tests.Conformance;
using Anonymizer.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Analysis;

/// <summary>
/// The analyzer runs the phone recognizer last and lets it skip runs of digits inside settled spans (matches scoring
/// above any phone number can, overlapped only by matches inside them that they beat). That must never change the
/// analyzer's output: these tests compare it with an analyzer whose phone recognizer runs in line and scans everything.
/// </summary>
public sealed class SettledSpanTests
{
    private static readonly string[] MailLike =
    [
        "Message-Id: <2125550187.3116.TMD@mail.example.com>\nFrom: 2125550187@example.com\nTel: 212-555-0187",
        "call me at 415 555 0132 or write to 4155550132@example.org (phone 415-555-0132)",
        "<1029882468.3116.TMD@mu.example.com> and <200208221830.g7MIUAJ12345@example.net>",
        "card 4012888888881881 then 4155550132 and IBAN DE89370400440532013000 then 0800 123 4567",
        "number: jane.2125550187@example.com, mobile +44 20 7123 4567@example.co.uk",
        "phone phone phone 212-555-0187@example.com 212-555-0187",
        "see http://www.example.org/weblog/archive/2002/08/21/2125550187.php and 2002/08/21 4155550132",
        "call http://www.example.org/2002-08-21/415-555-0132/ or http://example.com/tel/212-555-0187 today",
        "phone: http://example.com/2125550187 then 20/08/2002 at http://example.com/a/20020820/4155550132.gif",
        "see http://192.168.10.20/cgi/415-555-0132/x now, or http://10.1.2.3/tel/2125550187",
        "Received: from mail.example.com (192.168.1.20) by mx.example.net; Tue, 20 Aug 2002 12:34:56 +0100 (212) 555-0187",
        "write to  2125550187@example.com or - 4155550132@example.org, also (212) 555-0187@example.net and  +1 212 555 0187",
        "Date: 19/08/2002  15:30 -- 20/08/2002 - 2125550187 at  2002-08-21 12:00:00 -0700 (415) 555-0132",
    ];

    private static readonly PiiAnalyzer Deferred = new AnonymizerBuilder().BuildAnalyzer();

    private static readonly PiiAnalyzer InLine = new AnonymizerBuilder()
        .RemoveRecognizer(PhoneRecognizer.RecognizerName)
        .AddRecognizer(new InLinePhoneRecognizer(PhoneRecognizer.Create()))
        .BuildAnalyzer();

    [Fact]
    public void The_phone_recognizer_runs_last_and_the_wrapper_does_not()
    {
        Assert.True(Deferred.Recognizers.OfType<PhoneRecognizer>().Single().RunsLast);
        Assert.False(InLine.Recognizers.OfType<InLinePhoneRecognizer>().Single().RunsLast);
    }

    [Theory]
    [MemberData(nameof(MailLikeTexts))]
    public void Skipping_settled_spans_changes_nothing_on_mail_like_text(string text)
    {
        AssertSame(text);
        AssertSame(text, new AnalysisOptions { MinScore = 0 });
        AssertSame(text, new AnalysisOptions { Entities = [PiiEntityTypes.PhoneNumber, PiiEntityTypes.EmailAddress] });
        AssertSame(text, new AnalysisOptions { Entities = [PiiEntityTypes.PhoneNumber] });
        AssertSame(text, new AnalysisOptions { ContextWords = ["phone"] });
    }

    [Fact]
    public void Phone_numbers_inside_settled_e_mail_addresses_are_found_by_the_recognizer_alone_but_lose_in_the_analyzer()
    {
        // Guards the test texts: the skipped runs must hold numbers libphonenumber reports, or the comparison proves little.
        var text = MailLike[1];
        var sink = new MatchSink();
        PhoneRecognizer.Create().Analyze(text, sink);
        var email = text.IndexOf("4155550132@", StringComparison.Ordinal);
        Assert.Contains(sink.ToArray(), m => m.Start == email);
        Assert.DoesNotContain(Deferred.Analyze(text), m => m.EntityType == PiiEntityTypes.PhoneNumber && m.Start == email);
    }

    [Fact]
    public void Phone_numbers_inside_urls_holding_an_address_are_found_by_the_recognizer_alone_but_lose_in_the_analyzer()
    {
        // Guards the URL texts likewise: the URL holds an IP address of its score and a number libphonenumber reports,
        // and wins over both; in the second URL a context word lifts the number above the URL.
        var text = MailLike[9];
        var sink = new MatchSink();
        PhoneRecognizer.Create().Analyze(text, sink);
        var number = text.IndexOf("415-555-0132", StringComparison.Ordinal);
        var lifted = text.IndexOf("2125550187", StringComparison.Ordinal);
        Assert.Contains(sink.ToArray(), m => m.Start == number);
        var found = Deferred.Analyze(text);
        var url = Assert.Single(found, m => m.EntityType == PiiEntityTypes.Url && m.Start < number);
        Assert.True(url.End > number);
        Assert.Contains(Deferred.Analyze(text, new AnalysisOptions { Entities = [PiiEntityTypes.IpAddress] }), m => m.Start > url.Start && m.End < url.End);
        Assert.DoesNotContain(found, m => m.EntityType == PiiEntityTypes.PhoneNumber && m.Start == number);
        Assert.Contains(found, m => m.EntityType == PiiEntityTypes.PhoneNumber && m.Start == lifted && m.Score > url.Score);
    }

    [Fact]
    public void Skipping_settled_spans_changes_nothing_on_peer_texts()
    {
        foreach (var text in PeerCaseCatalog.All.Select(c => c.Text).Distinct(StringComparer.Ordinal))
        {
            AssertSame(text);
        }
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(PiiTextArbitrary)])]
    public void Skipping_settled_spans_changes_nothing_on_text_mixed_with_pii(PiiText text)
    {
        AssertSame(text.Value);
        AssertSame(text.Value, new AnalysisOptions { MinScore = 0 });
    }

    [Fact]
    public void When_the_phone_recognizer_can_reach_a_score_of_one_the_output_is_unchanged()
    {
        // A boost of 0.6 lifts a phone number to 1.0: it could then win a tie against a validated match, so only spans
        // with no phone context word in or before them may be skipped, and the output still equals the in-line analyzer's.
        var boost = new ContextEnhancement { Boost = 0.6 };
        var deferred = new AnonymizerBuilder().WithContextEnhancement(boost).BuildAnalyzer();
        var inLine = new AnonymizerBuilder().WithContextEnhancement(boost)
            .RemoveRecognizer(PhoneRecognizer.RecognizerName)
            .AddRecognizer(new InLinePhoneRecognizer(PhoneRecognizer.Create()))
            .BuildAnalyzer();
        foreach (var text in MailLike)
        {
            Assert.Equal(Describe(inLine.Analyze(text)), Describe(deferred.Analyze(text)));
        }
    }

    [Fact]
    public void Settle_keeps_only_high_scores_that_nothing_overlaps()
    {
        PiiMatch[] matches =
        [
            Match("EMAIL_ADDRESS", 0, 10, 1.0),
            Match("URL", 5, 10, 0.5),
            Match("EMAIL_ADDRESS", 20, 10, 1.0),
            Match("IP_ADDRESS", 40, 7, 0.6),
            Match("CREDIT_CARD", 50, 16, 1.0),
            Match("US_SSN", 50, 16, 1.0),
            Match("IBAN_CODE", 70, 5, 0.75),
        ];
        Assert.Equal([20, 30], SettledSpans(new string('x', 80), matches, LastRun(0.75)));
        Assert.Equal([20, 30, 40, 47, 70, 75], SettledSpans(new string('x', 80), matches, LastRun(0.5)));
    }

    [Fact]
    public void Settle_keeps_a_span_that_holds_only_matches_it_beats()
    {
        var text = new string('x', 200);
        var last = LastRun(0.4);
        // A URL holding a lower-scored date, and one holding a date of the same score but shorter: both settle.
        Assert.Equal([0, 40], SettledSpans(text, [Match("URL", 0, 40, 0.6), Match("DATE_TIME", 10, 10, 0.5)], last));
        Assert.Equal([0, 40], SettledSpans(text, [Match("DATE_TIME", 10, 10, 0.6), Match("URL", 0, 40, 0.6)], last));
        // A match inside that scores higher, or one reaching past the end, or one starting before: nothing settles.
        Assert.Empty(SettledSpans(text, [Match("URL", 0, 40, 0.6), Match("IP_ADDRESS", 10, 10, 0.7)], last));
        Assert.Empty(SettledSpans(text, [Match("URL", 0, 40, 0.6), Match("DATE_TIME", 30, 20, 0.5)], last));
        Assert.Empty(SettledSpans(text, [Match("DATE_TIME", 0, 20, 0.5), Match("URL", 10, 40, 0.6)], last));
        // The same span twice: only the higher score can settle, and not against an equal one.
        Assert.Equal([0, 40], SettledSpans(text, [Match("URL", 0, 40, 0.5), Match("DOMAIN", 0, 40, 0.6)], last));
        Assert.Empty(SettledSpans(text, [Match("URL", 0, 40, 0.6), Match("DOMAIN", 0, 40, 0.6)], last));
        // Two settled spans each with losers inside, one after the other.
        Assert.Equal([0, 40, 50, 90], SettledSpans(
            text,
            [Match("URL", 0, 40, 0.6), Match("DATE_TIME", 5, 10, 0.5), Match("URL", 50, 40, 0.6), Match("DATE_TIME", 60, 10, 0.5), Match("IP_ADDRESS", 70, 10, 0.5)],
            last));
    }

    [Fact]
    public void Settle_keeps_a_span_the_enhanced_score_could_beat_only_where_no_context_word_can_raise_it()
    {
        // The phone recognizer scores 0.4, and 0.75 with a context word among the five words before the number.
        var phone = PhoneRecognizer.Create();
        var last = LastRunScores.ForThread(callContext: false);
        last.Add(phone, new ContextEnhancement());
        const string Url = "http://example.com/archive/2125550187";
        foreach (var (before, settles) in new[] { ("see ", true), ("phone ", false), ("my phone is at ", false), ("phone a b c d e f ", true) })
        {
            var text = before + Url;
            var settled = SettledSpans(text, [Match("URL", before.Length, Url.Length, 0.6)], last);
            Assert.True(settles == (settled.Length == 2), $"'{text}': settled {string.Join(",", settled)}");
        }

        // A context word inside the span counts too (a number later in it has it before), and so do the call's words.
        Assert.Empty(SettledSpans("see http://example.com/phone/2125550187", [Match("URL", 4, 35, 0.6)], last));
        var withCallContext = LastRunScores.ForThread(callContext: true);
        withCallContext.Add(phone, new ContextEnhancement());
        Assert.Empty(SettledSpans("see " + Url, [Match("URL", 4, Url.Length, 0.6)], withCallContext));
        // Above the enhanced score, context does not matter.
        Assert.Equal([6, 6 + Url.Length], SettledSpans("phone " + Url, [Match("URL", 6, Url.Length, 0.8)], withCallContext));
    }

    private static int[] SettledSpans(string text, PiiMatch[] matches, LastRunScores last)
    {
        var index = TextIndex.Rent();
        try
        {
            index.Settle(text, matches, last);
            return index.Settled.ToArray();
        }
        finally
        {
            TextIndex.Return(index);
        }
    }

    // The scores of one recognizer that runs last with a fixed score and no context words.
    private static LastRunScores LastRun(double score)
    {
        var last = LastRunScores.ForThread(callContext: false);
        last.Add(new FixedScoreRecognizer(score), new ContextEnhancement());
        return last;
    }

    public static TheoryData<string> MailLikeTexts() => [.. MailLike];

    private static PiiMatch Match(string type, int start, int length, double score) =>
        new(type, start, length, score, "Test", new MatchExplanation("test", ValidationOutcome.Undecided, score));

    private static void AssertSame(string text, AnalysisOptions? options = null) =>
        Assert.Equal(Describe(InLine.Analyze(text, options)), Describe(Deferred.Analyze(text, options)));

    private static string[] Describe(PiiMatch[] matches) =>
        matches.Select(m => $"{m.EntityType} {m.Start} {m.Length} {m.Score:F4} {m.Recognizer} {m.Explanation}").ToArray();

    private sealed class FixedScoreRecognizer(double score) : Recognizer("FixedScore", ["TEST"], [])
    {
        internal override double MaxBaseScore => score;

        public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
        {
        }
    }

    /// <summary>The phone recognizer as an ordinary one: runs in registration order and scans every run.</summary>
    private sealed class InLinePhoneRecognizer(PhoneRecognizer phone)
        : Recognizer("InLinePhoneRecognizer", phone.SupportedEntities, PhoneRecognizer.DefaultContextWords)
    {
        public override void Analyze(ReadOnlySpan<char> text, MatchSink sink) => phone.Analyze(text, sink);
    }
}

/// <summary>Overlap resolution depends on the set of matches, not on the order recognizers reported them in.</summary>
public sealed class OverlapResolverOrderTests
{
    private static readonly string[] Types = ["A", "B", "C"];

    [Property(MaxTest = 300)]
    public void Resolution_does_not_depend_on_input_order(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var matches = Enumerable.Range(0, random.Next(2, 30)).Select(_ =>
        {
            var score = random.Next(1, 5) / 4.0;
            return new PiiMatch(Types[random.Next(Types.Length)], random.Next(0, 40), random.Next(1, 8), score, $"R{random.Next(3)}",
                new MatchExplanation($"p{random.Next(2)}", ValidationOutcome.Undecided, score));
        }).ToArray();
        var shuffled = matches.OrderBy(_ => random.Next()).ToArray();
        var first = matches.ToArray();
        var kept = OverlapResolver.Resolve(first);
        var keptShuffled = OverlapResolver.Resolve(shuffled);
        Assert.Equal(first[..kept], shuffled[..keptShuffled]);
    }
}

/// <summary><see cref="RegexChars.IsWordChar"/> is exactly what the regex engine's <c>\w</c> matches.</summary>
public sealed class RegexCharsTests
{
    [Fact]
    public void Word_chars_agree_with_the_regex_engine_for_every_code_unit()
    {
        var word = new System.Text.RegularExpressions.Regex(@"^\w$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var expected = !char.IsSurrogate(ch) && word.IsMatch(ch.ToString());
            if (!char.IsSurrogate(ch))
            {
                Assert.True(expected == RegexChars.IsWordChar(ch), $"U+{c:X4}: regex says {expected}");
            }
        }
    }
}

/// <summary>The IBAN recognizer finds the same IBANs through the shared digit index as through its start pattern.</summary>
public sealed class IbanIndexTests
{
    private static readonly string[] Pieces =
    [
        "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32",
        "AL47-2121-1009-0000-0002-3569-8741", "FR1420041010050500013M02606", "de89370400440532013000", "XX89", "D E89",
        " ", "-", "_", "a", "1", "é", "ÄB12", "12", ".", "\n", "ABDE89370400440532013000",
    ];

    [Property(MaxTest = 300)]
    public void Indexed_and_plain_scans_agree(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var text = string.Concat(Enumerable.Range(0, random.Next(1, 20)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        var recognizer = IbanRecognizer.Create();
        var plain = new MatchSink();
        recognizer.Analyze(text, plain);
        var indexed = new MatchSink();
        var index = TextIndex.Rent();
        try
        {
            recognizer.Analyze(text, index, indexed);
        }
        finally
        {
            TextIndex.Return(index);
        }

        Assert.Equal(plain.ToArray(), indexed.ToArray());
    }

    [Fact]
    public void The_generator_produces_ibans()
    {
        var sink = new MatchSink();
        IbanRecognizer.Create().Analyze(string.Join(" x ", Pieces), sink);
        Assert.True(sink.Count >= 5, $"only {sink.Count} IBANs found");
    }
}
