using FsCheck;
using FsCheck.Xunit;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using Anonymizer.Recognizers.Generic;
using Anonymizer.Tests.Support;
using PhoneNumbers;

namespace Anonymizer.Tests.Recognizers.Generic;

public sealed class PhoneRecognizerTests
{
    private static readonly Recognizer Recognizer = PhoneRecognizer.Create();

    [Theory]
    [InlineData("My US number is (415) 555-0132, and my international one is +1 415 555 0132", 16, 30, 60, 75)]
    [InlineData("My US number is (415) 555-0132, and my international one is +44 (20) 7123 4567", 16, 30, 60, 78)]
    [InlineData("My US number is (415) 555-0132, and my international one is +49 30 1234567", 16, 30, 60, 74)]
    [InlineData("My US number is (415) 555-0132, and my international one is +33 1 42 68 53 00", 16, 30, 60, 77)]
    [InlineData("Tel: +49 30 1234567; fax +49 (0)30 1234568", 5, 19, 25, 42)]
    public void Finds_two_numbers(string text, int start1, int end1, int start2, int end2)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start1, end1), (start2, end2));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(0.4, m.Score));
    }

    [Theory]
    [InlineData("My Israeli number is 09-7625400", 21, 31)]
    [InlineData("_: (415)555-0132", 3, 16)]
    [InlineData("US: 415-555-0132", 4, 16)]
    [InlineData("BR: +55 11 98456 5666", 4, 21)]
    [InlineData("call 415-555-0132 ext. 123 now", 5, 26)]
    [InlineData("call 415-555-0132 x123", 5, 22)]
    [InlineData("tel (415) 555-0132 extension 45", 4, 31)]
    [InlineData("4155550132", 0, 10)]
    [InlineData("ring 020 7946 0958 today", 5, 18)]
    public void Finds_a_number(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("no digits at all")]
    [InlineData("dates 2020-01-15 and 12/31/2020 and 10.05.2021, price 1,234,567.89")]
    [InlineData("IP 192.168.100.200")]
    [InlineData("is4155550132 glued to a word")]
    [InlineData("order 12345 of 2024")]
    [InlineData("000-000-0000")]
    public void Rejects_non_numbers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Remembered_windows_give_the_matches_of_a_fresh_scan()
    {
        string[] texts =
        [
            "Call (415) 555-0132 today",
            "x\nCall (415) 555-0132 today\n and again (415) 555-0132",
            "Fax: +44 20 7123 4567. Call (415) 555-0132 today",
            "Date: 2002 18 1234567 is not a number, 0800 123 4567 is",
            "Call (415) 555-0132 today",
        ];
        var warm = PhoneRecognizer.Create();
        foreach (var text in texts)
        {
            warm.Analyze(text, new MatchSink());
        }

        foreach (var text in texts)
        {
            Assert.Equal(Spans(PhoneRecognizer.Create(), text), Spans(warm, text));
        }
    }

    private static readonly PhoneRecognizer Warm = PhoneRecognizer.Create();

    [Property(MaxTest = 200, Arbitrary = [typeof(Anonymizer.Tests.Properties.PiiTextArbitrary)])]
    public bool Remembered_and_fresh_scans_agree(Anonymizer.Tests.Properties.PiiText text)
    {
        // The shared recognizer remembers windows across cases; a fresh one parses everything.
        var warm = Spans(Warm, text.Value);
        return warm.SequenceEqual(Spans(PhoneRecognizer.Create(), text.Value))
            && warm.SequenceEqual(Spans(Warm, text.Value));
    }

    private static (int, int)[] Spans(Recognizer recognizer, string text)
    {
        var sink = new MatchSink();
        recognizer.Analyze(text, sink);
        return [.. sink.Matches.ToArray().Select(m => (m.Start, m.End))];
    }

    [Fact]
    public void Reports_a_number_found_by_several_regions_once()
    {
        // +1 numbers are found from every default region.
        var matches = RecognizerAssert.Run(Recognizer, "+1 415 555 0132");
        Assert.Single(matches);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 1)]
    public void Leniency_possible_accepts_numbers_glued_to_words(int leniency, int expected)
    {
        var recognizer = PhoneRecognizer.Create(RecognizerCatalogOptions.DefaultPhoneRegions, leniency: leniency);
        var matches = RecognizerAssert.Run(recognizer, "My US number is (415) 555-0132, and my international one is415-555-0132");
        Assert.Equal(expected, matches.Length);
    }

    [Theory]
    [InlineData(2, "+91 4155 550132", true)]
    [InlineData(3, "+91 4155 550132", false)]
    [InlineData(3, "+91 4155550132", true)]
    [InlineData(1, "91-415-555-0132", true)]
    [InlineData(2, "91-415-555-0132", false)]
    public void Leniency_levels_follow_libphonenumber(int leniency, string number, bool found)
    {
        var recognizer = PhoneRecognizer.Create(RecognizerCatalogOptions.DefaultPhoneRegions, leniency: leniency);
        var matches = RecognizerAssert.Run(recognizer, "my number is " + number);
        Assert.Equal(found, matches.Length == 1);
    }

    [Theory]
    [InlineData("+639171234567", 0, 13)]
    [InlineData("Telepono: 0917 123 4567", 10, 23)]
    public void Custom_region_and_entity(string text, int start, int end)
    {
        var recognizer = PhoneRecognizer.Create(["PH"], "PH_MOBILE_NUMBER");
        RecognizerAssert.FindsExactly(recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(recognizer, text), m => Assert.Equal("PH_MOBILE_NUMBER", m.EntityType));
        RecognizerAssert.FindsExactly(recognizer, "9171234567");
    }

    [Fact]
    public void Uk_means_gb()
    {
        var recognizer = PhoneRecognizer.Create(["uk", "GB"]);
        Assert.Equal(["GB"], recognizer.Regions);
        RecognizerAssert.FindsExactly(recognizer, "020 7946 0958", (0, 13));
    }

    [Fact]
    public void Rejects_bad_settings()
    {
        Assert.Throws<ArgumentException>(() => PhoneRecognizer.Create(["XX"]));
        Assert.Throws<ArgumentException>(() => PhoneRecognizer.Create([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PhoneRecognizer.Create(["US"], leniency: 4));
    }

    [Theory]
    [InlineData("Call me at (415) 555-0132 or +44 20 7946 0958, order #4411 shipped 2024-05-01 to 10 Main St; fax 415.555.0133 x12.")]
    [InlineData("Numbers: 09-7625400, 052 5552606, 074-7111234; +55 11 98456 5666 / +49 (0)30 1234568 and 1-800-555-0199.")]
    [InlineData("is415-555-0132 and 415-555-0132abc and (415)555-0132, +1 (415) 555 0132")]
    [InlineData("office 415-555-0132, ext. 12; home (415) 555-0199,x3 and 020 7946 0958 #4")]
    [InlineData("office 415-555-0132,   ext. 1234567890 and 020 7946 0958;ext=12, (415) 555-0199 anexo 7, +49 30 1234567 xt 55#")]
    [InlineData("home 415-555-0132,  #412 or (415) 555-0199\tx\t3 and 415-555-0177 ～ 9 or 415-555-0188 ｅｘｔ 5 or 415-555-0166 доб. 21")]
    public void Windowed_scan_equals_libphonenumber_on_the_whole_text(string text)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, LibphonenumberMaximalSpans(text));
    }

    // Numbers of the default regions, whole or in part, and what stands around numbers in mail: brackets, plus signs,
    // extensions, separators, letters, digits of another script.
    private static readonly string[] NumberPieces =
    [
        "(415) 555-0132", "+1 415 555 0132", "415-555-0199", "1-800-555-0199", "+44 20 7946 0958", "020 7946 0958",
        "+49 (0)30 1234568", "030 1234567", "09-7625400", "052 5552606", "+55 11 98456 5666", "01 42 68 53 00", "98456 5666",
        "555", "0132", "+", "(", ")", "[", "]", " ", "  ", ", ", "-", "/", " x12", " ext. 7", " #4", "Tel: ", "abc", "\n",
        "x/", " x (", " x2 ", "x", "X  (",
        "٣٤٥٦٧٨٩", "2002", "12:30",
    ];

    [Property(MaxTest = 300)]
    public void Equals_libphonenumber_on_the_whole_text_over_generated_texts(PositiveInt seed)
    {
        // Windows that one region's number covers whole are not handed to the regions after it: that must lose nothing.
        var random = new Random(seed.Get);
        var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => NumberPieces[random.Next(NumberPieces.Length)]));
        var expected = LibphonenumberMaximalSpans(text);
        var actual = Spans(PhoneRecognizer.Create(), text);
        Assert.True(expected.SequenceEqual(actual), $"[{text}]: libphonenumber {string.Join(' ', expected)}, recognizer {string.Join(' ', actual)}");
    }

    [Theory]
    [InlineData("call 415-555-0132 x2 201.234.56.78", 5, 20)]
    [InlineData("call 415-555-0132 ext. 12 5.00.2615.200", 5, 25)]
    [InlineData("call 415-555-0132 x2 (8.11.6/8.11.6)", 5, 20)]
    public void An_address_or_a_version_after_an_extension_is_not_read_as_a_phone_number(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("415-555-0132,   ext. 12 and", 23)]
    [InlineData("415-555-0132 x/12", 17)]
    [InlineData("415-555-0132;ext=1234#", 22)]
    [InlineData("415-555-0132 anexo 7", 20)]
    [InlineData("415-555-0132 ｅｘｔｎ ١٢", 20)]
    [InlineData("415-555-0132 extensión: 9", 25)]
    [InlineData("415-555-0132 ex 12", 12)]
    [InlineData("415-555-0132 x", 12)]
    [InlineData("415-555-0132 and 12", 12)]
    public void An_extension_is_read_to_the_end_of_its_digits(string text, int expected) =>
        Assert.Equal(expected, PhoneRecognizer.ExtensionEnd(text, 12));

    [Theory]
    [InlineData(" (415) 555-0132 x", 1, 15)]
    [InlineData("a+44 20 7946 0958 b", 1, 17)]
    [InlineData("٣٤٥ 12", 0, 6)]
    [InlineData("- - x", -1, 0)]
    [InlineData("(( ))", -1, 0)]
    public void A_windows_reach_runs_from_its_first_lead_to_its_last_digit(string window, int earliest, int latest)
    {
        // The window stands inside a text: positions are the text's.
        var (start, end) = PhoneRecognizer.Reach($"ab{window}cd", 2, 2 + window.Length);
        Assert.Equal((earliest, latest), start < 0 ? (start, end) : (start - 2, end - 2));
    }

    // What libphonenumber finds in the whole text from each default region, without the spans inside another.
    private static (int, int)[] LibphonenumberMaximalSpans(string text)
    {
        var all = new HashSet<(int, int)>();
        foreach (var region in RecognizerCatalogOptions.DefaultPhoneRegions)
        {
            foreach (var match in PhoneNumberUtil.GetInstance().FindNumbers(text, region, PhoneNumberUtil.Leniency.VALID, long.MaxValue))
            {
                all.Add((match.Start, match.Start + match.Length));
            }
        }

        return [.. all.Where(s => !all.Any(o => o != s && o.Item1 <= s.Item1 && s.Item2 <= o.Item2)).Order()];
    }

    [Fact]
    public void Is_thread_safe()
    {
        const string text = "Call (415) 555-0132 or +44 20 7946 0958 or +49 30 1234567.";
        var expected = RecognizerAssert.Run(Recognizer, text).Select(m => (m.Start, m.End)).Order().ToArray();
        Parallel.For(0, 200, _ =>
        {
            var actual = RecognizerAssert.Run(Recognizer, text).Select(m => (m.Start, m.End)).Order().ToArray();
            Assert.Equal(expected, actual);
        });
    }

    // The prefilter skips digit runs glued to a Latin letter: libphonenumber (the oracle) must find nothing in them, in
    // any default region, at leniency VALID — with punctuation before and after the digits in the run, too.
    private static readonly string[] GluePunctuation = ["", "", " ", "  ", "-", " - ", ".", "(", ")", "/", "+", " (", ") ", "[", "~", "\u00A0"];

    [Property(MaxTest = 400)]
    public void Glued_digit_runs_are_skipped_only_where_libphonenumber_finds_nothing(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        // Half of the time a number valid in some default region, so that a run wrongly taken for glued is caught.
        string[] valid = ["2125550187", "4155550132", "02079460958", "03012345678", "0612345678", "9876543210", "11987654321"];
        var digits = random.Next(2) == 0
            ? valid[random.Next(valid.Length)]
            : new string(Enumerable.Range(0, random.Next(7, 21)).Select(_ => (char)('0' + random.Next(10))).ToArray());
        // Now and then no letter at all (a space, a comma): the run is then not glued, and the oracle would find the number.
        var letter = random.Next(5) switch
        {
            0 => ' ',
            1 => ',',
            2 or 3 => (char)('a' + random.Next(26)),
            _ => (char)('A' + random.Next(26)),
        };
        var before = random.Next(2) == 0;
        var lead = GluePunctuation[random.Next(GluePunctuation.Length)];
        var trail = GluePunctuation[random.Next(GluePunctuation.Length)];
        // Digits glued after the letter too: a Postfix queue ID, "id 4926816F17".
        var tail = new[] { " end", " for", "", ".", " x", ", 12", " 5", "\n12 34", "17", "9D2", "3 x", "\u0967" }[random.Next(12)];
        var text = before ? $"id {letter}{digits}{trail}{tail}" : $"id{lead}{digits}{letter}{tail}";
        var (start, end, _) = PhoneRecognizer.RunAt(text, text.IndexOf(digits, StringComparison.Ordinal), 0);
        if (!PhoneRecognizer.IsGluedDigitRun(text, start, end, 0))
        {
            return;
        }

        foreach (var region in RecognizerCatalogOptions.DefaultPhoneRegions)
        {
            Assert.Empty(PhoneNumberUtil.GetInstance().FindNumbers(text, region, PhoneNumberUtil.Leniency.VALID, long.MaxValue));
        }
    }

    [Fact]
    public void Glued_digit_runs_with_punctuation_around_them_are_recognized_as_glued()
    {
        Assert.True(IsGlued("id C0294099 for"));
        Assert.True(IsGlued("id 7106643C end"));
        Assert.True(IsGlued("id (7106643C end"));
        Assert.True(IsGlued("at a281108918593907-sec"));
        Assert.True(IsGlued("with ESMTP id 4926816F17\n"));
        Assert.True(IsGlued("with ESMTP id 2397243FB1\n"));
        Assert.False(IsGlued("call 2015550123x17 now"));
        Assert.True(IsGlued("call 2015550123e12 now"));
        Assert.True(IsGlued("with ESMTP id 123456789A1\n"));
        Assert.False(IsGlued("call 2015550123ext12 now"));
        Assert.False(IsGlued("call 2015550123int12 now"));
        Assert.False(IsGlued("id C0294099 5 for"));
        Assert.False(IsGlued("id C0294099 x12"));
        Assert.False(IsGlued("id 7106643 C end"));
        Assert.False(IsGlued("id 2125550187, end"));
        Assert.False(IsGlued("(2015550123x\u0967"));
        Assert.False(IsGlued("call 2015550123x:\u0967 end"));
        Assert.False(IsGlued("id C123456789012345678901 end"));

        static bool IsGlued(string text)
        {
            var (start, end) = FirstRun(text);
            return PhoneRecognizer.IsGluedDigitRun(text, start, end, 0);
        }
    }

    [Theory]
    [InlineData("id A05911410E x", 4, 12, true)]
    [InlineData("abc8005001234 x", 3, 13, true)]
    [InlineData("id 8005001234 x", 3, 13, false)]
    [InlineData("id A800-500-1234 x", 4, 16, false)]
    [InlineData("idA8005001234 ext 12", 3, 13, false)]
    public void Glued_digit_run_detection(string text, int start, int end, bool glued) =>
        Assert.Equal(glued, PhoneRecognizer.IsGluedDigitRun(text, start, end, 0));

    [Theory]
    [InlineData("from [194.125.145.45]) by", 5, 21, true)]
    [InlineData("ip 10.0.0.1\n", 2, 11, true)]
    [InlineData("v 1.2.3.456 x", 1, 12, false)]
    [InlineData("v 1.2.3 x", 1, 8, false)]
    [InlineData("x_10.0.0.1 x", 2, 10, false)]
    [InlineData("tel 555.123.4567 x", 3, 17, false)]
    [InlineData("from 64.3.210.238 - 64.3.210.238 by", 4, 33, true)]
    [InlineData("from x (127.0.0.1 ([202.72.66.134])) by", 6, 37, true)]
    [InlineData("ips 10.0.0.1-10.0.0.9;", 3, 21, true)]
    [InlineData("ip 10.0.0.1 555-1234 x", 2, 21, false)]
    [InlineData("ip 10.0.0.1 (555) 123-4567 x", 2, 27, false)]
    [InlineData("ip 10.0.0.1 10.0.0 x", 2, 19, false)]
    [InlineData("ip 10.0.0.1 1.2.3.4.5 x", 2, 22, false)]
    [InlineData("ip 10.0.0.1 300.1.1.1 x", 2, 22, false)]
    [InlineData("tel 089.123.45.67 - 089.123.45.68 x", 3, 34, false)]
    [InlineData("tel 02.123.45.67 x", 3, 17, false)]
    [InlineData("v 0.9.14.000\nX", 1, 12, true)]
    [InlineData("visit http://213.139.76.69/PHP/remove.php", 11, 27, true)]
    [InlineData("net 10.0.0.1/24 x", 3, 16, false)]
    public void Dotted_quads_are_not_handed_to_libphonenumber(string text, int start, int end, bool quad) =>
        Assert.Equal(quad, PhoneRecognizer.IsDottedQuad(text, start, end));

    [Theory]
    [InlineData("Tel: 089.123.45.67 - 089.123.45.68", "089.123.45.67", "089.123.45.68")]
    [InlineData("Tel: 089.123.45.67, Fax: 089.123.45.68", "089.123.45.67", "089.123.45.68")]
    public void Dotted_numbers_with_a_trunk_zero_are_phone_numbers_not_addresses(string text, string first, string second)
    {
        var sink = new MatchSink();
        PhoneRecognizer.Create().Analyze(text, sink);
        Assert.Equal([first, second], sink.ToArray().Select(m => text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void An_address_in_a_url_near_a_context_word_is_not_read_as_a_phone_number()
    {
        // libphonenumber reads 213.139.76.69 as a North American number, which "contacts" lifted above the URL.
        const string text = "To remove your contacts please visit:\nhttp://213.139.76.69/PHP/remove.php\n";
        var matches = new AnonymizerBuilder().BuildAnalyzer().Analyze(text, new AnalysisOptions { MinScore = 0 });
        Assert.DoesNotContain(matches, m => m.EntityType == PiiEntityTypes.PhoneNumber);
        Assert.Contains(matches, m => m.EntityType == PiiEntityTypes.Url && m.TextIn(text).SequenceEqual("http://213.139.76.69/PHP/remove.php"));
    }

    [Fact]
    public void Addresses_of_a_received_line_are_reported_as_ip_addresses_only()
    {
        const string text = "Received: from mx (64.3.210.238 - 64.3.210.238) by relay (127.0.0.1 ([202.72.66.134])); call 415-555-0132";
        var matches = new AnonymizerBuilder().BuildAnalyzer().Analyze(text, new AnalysisOptions { MinScore = 0 });
        var found = matches.Select(m => (m.EntityType, m.TextIn(text).ToString())).ToArray();
        Assert.Equal(
            [
                (PiiEntityTypes.IpAddress, "64.3.210.238"), (PiiEntityTypes.IpAddress, "64.3.210.238"),
                (PiiEntityTypes.IpAddress, "127.0.0.1"), (PiiEntityTypes.IpAddress, "202.72.66.134"),
                (PiiEntityTypes.PhoneNumber, "415-555-0132"),
            ],
            found.Where(f => f.EntityType is PiiEntityTypes.IpAddress or PiiEntityTypes.PhoneNumber));
    }

    [Theory]
    [InlineData("Produced By Microsoft MimeOLE V5.00.2615.200\n", true)]
    [InlineData("Microsoft Exchange C(5.5.1775.675.6);", true)]
    [InlineData("Mailer 9.0.2416 (9.0.2910.0)\n", true)]
    [InlineData("build 8.0.1603.0 x", true)]
    [InlineData("call 650.253.0000 now", false)]
    [InlineData("call 1.800.555.0199 now", false)]
    [InlineData("appel 01.23.45.67.89 ici", false)]
    [InlineData("appel 1.23.45.67.89 ici", false)]
    [InlineData("v 5.00.26 x", false)]
    [InlineData("v 5.00.2615.200. x", false)]
    [InlineData("v 5.00.2615.200 (650) 253-0000 x", false)]
    [InlineData("v 15.00.2615.200 x", false)]
    public void Software_versions_are_not_handed_to_libphonenumber(string text, bool version)
    {
        var (start, end) = FirstRun(text);
        Assert.Equal(version, PhoneRecognizer.IsDottedVersion(text, start, end));
    }

    [Fact]
    public void A_dotted_north_american_number_is_still_found_where_a_version_is_not()
    {
        var sink = new MatchSink();
        PhoneRecognizer.Create().Analyze("X-MimeOLE: Produced By Microsoft MimeOLE V5.00.2615.200\nPhone: 650.253.0000\n", sink);
        Assert.Equal(["650.253.0000"], sink.ToArray().Select(m => "X-MimeOLE: Produced By Microsoft MimeOLE V5.00.2615.200\nPhone: 650.253.0000\n".Substring(m.Start, m.Length)));
    }

    // The run of digits and phone punctuation around the first ASCII digit of the text.
    private static (int Start, int End) FirstRun(string text)
    {
        var (start, end, _) = PhoneRecognizer.RunAt(text, text.IndexOfAny("0123456789".ToCharArray()), 0);
        return (start, end);
    }

    [Theory]
    [InlineData("Message-Id: <Pine.LNX.4.44.0208231610470.17440-100000@localhost>", true)]
    [InlineData("Message-Id: <02080820365405.00338@debian>", true)]
    [InlineData("Message-ID: <3103542.1026433146661.JavaMail.root@host>", true)]
    [InlineData("\n--1347074105.994417746234.JavaMail.Root\n", true)]
    [InlineData("boundary=1715101671.1022782885778.JavaMail.root", true)]
    [InlineData("sms 4155550132@vtext.com", false)]
    [InlineData("id <20020723143834.02564840@192.168.50.2>", true)]
    [InlineData("call 415 555 0132 @ home", false)]
    [InlineData("call 206.256.9500.Thanks", false)]
    [InlineData("call 415-555-0132.\nThanks", false)]
    [InlineData("id 1029882468.3116 x", false)]
    [InlineData("ring 14155552671 now", false)]
    [InlineData("stamp 1026433146661.", false)]
    public void Identifier_parts_are_not_handed_to_libphonenumber(string text, bool identifier)
    {
        var (start, end) = FirstRun(text);
        Assert.Equal(identifier, PhoneRecognizer.IsIdentifierPart(text, start, end));
    }

    [Fact]
    public void Numbers_inside_message_ids_are_not_reported_where_a_written_number_is()
    {
        const string pine = "Message-Id: <Pine.LNX.4.44.0208231610470.17440-100000@localhost>";
        const string javaMail = "Message-ID: <3103542.1026433146661.JavaMail.root@host>";
        // libphonenumber alone reads a German and a North American number in them: the rule is what keeps them out.
        Assert.NotEmpty(PhoneNumberUtil.GetInstance().FindNumbers(pine, "DE", PhoneNumberUtil.Leniency.VALID, long.MaxValue));
        Assert.NotEmpty(PhoneNumberUtil.GetInstance().FindNumbers(javaMail, "US", PhoneNumberUtil.Leniency.VALID, long.MaxValue));
        var text = $"{pine}\n{javaMail}\nCall 020 7946 0958 today";
        var number = text.IndexOf("020 7946 0958", StringComparison.Ordinal);
        RecognizerAssert.FindsExactly(Recognizer, text, (number, number + "020 7946 0958".Length));
    }

    [Theory]
    [InlineData("by host (8.11.6/8.11.6) with", 7, 24, true)]
    [InlineData("by host (8.12.10/8.12.10) with", 7, 26, true)]
    [InlineData("call 415.555.0132/415.555.0133 now", 4, 31, false)]
    [InlineData("by host (8.12.5/8.12.5/Debian) with", 7, 23, true)]
    [InlineData("v 8.11.6.1/8.11.6 x", 1, 18, false)]
    public void Slashed_versions_are_not_handed_to_libphonenumber(string text, int start, int end, bool version) =>
        Assert.Equal(version, PhoneRecognizer.IsSlashedVersion(text, start, end));
    [Fact]
    public void A_long_text_repeating_its_numbers_reports_every_occurrence_as_its_lines_do_alone()
    {
        // Repeated windows of one text are parsed once and their results shared; every copy must still be reported, at
        // its own offset, exactly as when each line is analysed alone (a fresh recognizer: nothing cached before).
        string[] lines =
        [
            "call (415) 555-0132 today", "fax +44 20 7123 4567 or 0800 123 4567", "no number here 12", "id 1029882468.3116 x",
            "Tel: +49 30 1234567; fax +49 (0)30 1234568",
        ];
        var text = string.Join("\n", Enumerable.Range(0, 3000).Select(i => lines[i % lines.Length]));
        var expected = new List<(int, int)>();
        var offset = 0;
        var single = new MatchSink();
        for (var i = 0; i < 3000; i++)
        {
            var line = lines[i % lines.Length];
            single.Clear();
            PhoneRecognizer.Create().Analyze(line, single);
            expected.AddRange(single.ToArray().Select(m => (m.Start + offset, m.Length)));
            offset += line.Length + 1;
        }

        var sink = new MatchSink();
        PhoneRecognizer.Create().Analyze(text, sink);
        Assert.True(expected.Count >= 3000, $"only {expected.Count} numbers in the lines");
        Assert.Equal(expected, sink.ToArray().Select(m => (m.Start, m.Length)).ToList());
    }
}
