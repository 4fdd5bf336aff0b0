using System.Buffers;
using System.Collections.Concurrent;
using Anonymizer.Analysis;
using PhoneNumbers;

namespace Anonymizer.Recognizers.Generic;

/// <summary>
/// PHONE_NUMBER: telephone numbers of the configured regions, found and validated by libphonenumber
/// (<see cref="PhoneNumberUtil.FindNumbers(string, string, PhoneNumberUtil.Leniency, long)"/>), reported with score 0.4
/// as Presidio does; a number found from several regions is reported once. A cheap span scan first picks the windows
/// worth handing to libphonenumber: runs of digits and phone punctuation with at least <see cref="MinimumDigits"/>
/// digits (with an extension written after them), plus the characters around them that libphonenumber looks at; runs
/// that are IPv4 addresses (reported by the IP recognizer), software version strings such as "V5.00.2615.200" (which
/// libphonenumber misreads as North American numbers) or parts of identifiers (a Message-ID's or MIME boundary's time
/// stamp glued to an '@' or a word: "1347074105.994417746234.JavaMail") are not handed over, even right after an
/// extension. The windows of one text go to libphonenumber together, one call per region, and a window that one
/// region's number covers whole is not handed to the regions after it (what they could find there lies inside that
/// number); text without such a run costs one vectorized search. What libphonenumber found in a window is remembered
/// (a bounded cache keyed by a hash of the window, holding no text; for a covered window, what the regions up to the
/// covering one found), so windows that repeat across texts — mail headers, signatures — are parsed once.
/// Thread-safe.
/// </summary>
public sealed class PhoneRecognizer : Recognizer
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "PhoneRecognizer";

    /// <summary>The score of every match (Presidio's).</summary>
    public const double Score = 0.4;

    /// <summary>
    /// The fewest digits a run of digits and phone punctuation needs to be handed to libphonenumber. No complete number of
    /// the default regions is shorter; what libphonenumber accepts with fewer digits in running text is noise (mail
    /// time stamps such as "39 -0000", colour codes such as "#333333", line numbers), and skipping those runs is what
    /// makes the scan cheap on digit-dense text.
    /// </summary>
    public const int MinimumDigits = 7;

    /// <summary>Presidio's leniency levels: 0 POSSIBLE, 1 VALID (default), 2 STRICT_GROUPING, 3 EXACT_GROUPING.</summary>
    public const int DefaultLeniency = 1;

    /// <summary>The default context words.</summary>
    public static IReadOnlyList<string> DefaultContextWords { get; } =
        ["phone", "number", "telephone", "tel", "cell", "cellphone", "mobile", "call", "fax", "contact"];

    // Characters libphonenumber accepts inside a number: digits (ASCII, full-width, Arabic-Indic), plus signs, and its
    // punctuation (dashes, spaces, slashes, dots, brackets, tildes).
    private const string DigitChars = "0123456789０１２３４５６７８９٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
    private const string PunctuationChars = "+＋-‐‑‒–—―−ー－/／.．()（）[]［］~⁓∼～ \u00A0\u00AD\u200B\u2060\u3000\t";
    // Characters of context kept around a run: libphonenumber looks at the character before a number (a letter there
    // rejects it at leniency VALID and above) and at up to three after it (":mm" marks a time stamp).
    private const int MarginBefore = 1;
    private const int MarginAfter = 3;

    private static readonly SearchValues<char> DigitValues = SearchValues.Create(DigitChars);
    private static readonly SearchValues<char> AnyDigit = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)]);
    private static readonly SearchValues<char> RunValues = SearchValues.Create(DigitChars + PunctuationChars);
    private static readonly SearchValues<char> PunctuationValues = SearchValues.Create(PunctuationChars);
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private readonly string[] _regions;
    private readonly PhoneNumberUtil.Leniency _leniency;
    private readonly string _entityType;
    private readonly ConcurrentDictionary<WindowKey, (int Start, int Length)[]> _windowResults = new();
    private int _windowResultCount;

    private PhoneRecognizer(string[] regions, string entityType, PhoneNumberUtil.Leniency leniency, IReadOnlyList<string> contextWords)
        : base(RecognizerName, [entityType], contextWords)
    {
        _regions = regions;
        _entityType = entityType;
        _leniency = leniency;
    }

    /// <summary>The regions (ISO 3166 codes, "GB" for the UK) whose number formats are searched.</summary>
    public IReadOnlyList<string> Regions => _regions;

    /// <summary>The leniency on Presidio's scale (0 POSSIBLE, 1 VALID, 2 STRICT_GROUPING, 3 EXACT_GROUPING).</summary>
    public int Leniency => (int)_leniency;

    /// <summary>Creates the recognizer with the default regions, PHONE_NUMBER and leniency VALID.</summary>
    public static PhoneRecognizer Create() => Create(RecognizerCatalogOptions.DefaultPhoneRegions);

    /// <summary>Creates the recognizer.</summary>
    /// <param name="regions">ISO 3166 alpha-2 region codes whose national formats are recognized ("UK" means "GB").
    /// Numbers written with a leading + and country code are found whatever the regions.</param>
    /// <param name="entityType">The entity type reported (e.g. a custom <c>PH_MOBILE_NUMBER</c>).</param>
    /// <param name="leniency">Presidio's scale: 0 POSSIBLE, 1 VALID (default), 2 STRICT_GROUPING, 3 EXACT_GROUPING.</param>
    /// <param name="contextWords">Context words; <see langword="null"/> uses <see cref="DefaultContextWords"/>.</param>
    /// <exception cref="ArgumentException">A region is not known to libphonenumber, or none is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leniency"/> is outside 0–3.</exception>
    public static PhoneRecognizer Create(
        IReadOnlyList<string> regions,
        string entityType = PiiEntityTypes.PhoneNumber,
        int leniency = DefaultLeniency,
        IReadOnlyList<string>? contextWords = null)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        if (leniency is < 0 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(leniency), leniency, "Leniency must be 0 (POSSIBLE), 1 (VALID), 2 (STRICT_GROUPING) or 3 (EXACT_GROUPING).");
        }

        var supported = Util.GetSupportedRegions();
        var normalized = new List<string>(regions.Count);
        foreach (var region in regions)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(region, nameof(regions));
            var code = region.Trim().ToUpperInvariant();
            if (code == "UK")
            {
                code = "GB";
            }

            if (!supported.Contains(code))
            {
                throw new ArgumentException($"Phone region '{region}' is not an ISO 3166 region libphonenumber knows.", nameof(regions));
            }

            if (!normalized.Contains(code))
            {
                normalized.Add(code);
            }
        }

        if (normalized.Count == 0)
        {
            throw new ArgumentException("At least one phone region is needed.", nameof(regions));
        }

        return new PhoneRecognizer([.. normalized], entityType, (PhoneNumberUtil.Leniency)leniency, contextWords ?? DefaultContextWords);
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, MatchSink sink) => Find(text, settled: default, sink);

    /// <inheritdoc />
    internal override void Analyze(ReadOnlySpan<char> text, TextIndex index, MatchSink sink) => Find(text, index.Settled, sink);

    /// <inheritdoc />
    internal override double MaxBaseScore => Score;

    /// <summary>Runs after the other recognizers: runs inside validated matches (an e-mail address, say) are skipped.</summary>
    internal override bool RunsLast => true;

    // Finds the numbers of the text, skipping runs that lie inside a settled span (see TextIndex.Settled): a number
    // found there would lose to the validated match around it.
    private void Find(ReadOnlySpan<char> text, ReadOnlySpan<int> settled, MatchSink sink)
    {
        if (!text.ContainsAny(DigitValues))
        {
            return;
        }

        // Pass 1: the windows (start, end) worth handing to libphonenumber.
        var windows = ArrayPool<int>.Shared.Rent(32);
        var windowCount = 0;
        try
        {
            var position = 0;
            var previousRunEnd = 0;
            var settledAt = 0;
            while (position < text.Length)
            {
                var next = text[position..].IndexOfAny(DigitValues);
                if (next < 0)
                {
                    break;
                }

                var (start, end, digits) = RunAt(text, position + next, previousRunEnd);

                if (digits >= MinimumDigits && !IsIdentifierPart(text, start, end) && !IsDottedQuad(text, start, end) && !IsDottedVersion(text, start, end)
                    && !IsSlashedVersion(text, start, end)
                    && !(_leniency >= PhoneNumberUtil.Leniency.VALID && IsGluedDigitRun(text, start, end, previousRunEnd)))
                {
                    end = EndWithExtensions(text, end);
                    var windowStart = start;
                    for (var i = 0; i < MarginBefore && windowStart > previousRunEnd; i++)
                    {
                        windowStart--;
                    }

                    var windowEnd = end;
                    for (var i = 0; i < MarginAfter && windowEnd < text.Length && !RunValues.Contains(text[windowEnd]); i++)
                    {
                        windowEnd++;
                    }

                    // What the window can yield lies within its reach (not the spaces or dashes around the digits).
                    var (earliest, latest) = Reach(text, windowStart, windowEnd);
                    if (earliest >= 0 && IsSettled(settled, ref settledAt, earliest, latest))
                    {
                        previousRunEnd = end;
                        position = end;
                        continue;
                    }

                    if ((windowCount + 1) * 2 > windows.Length)
                    {
                        var larger = ArrayPool<int>.Shared.Rent(windows.Length * 2);
                        windows.AsSpan(0, windowCount * 2).CopyTo(larger);
                        ArrayPool<int>.Shared.Return(windows);
                        windows = larger;
                    }

                    windows[windowCount * 2] = windowStart;
                    windows[(windowCount * 2) + 1] = windowEnd;
                    windowCount++;
                }

                previousRunEnd = end;
                position = end;
            }

            if (windowCount > 0)
            {
                AnalyzeWindows(text, windows.AsSpan(0, windowCount * 2), sink);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(windows);
        }
    }

    // Pass 2: what libphonenumber finds in a window depends on the window alone (numbers never cross the line breaks that
    // separate windows), so results are remembered per window: mail headers, signatures and templates repeat the same
    // windows, and each costs libphonenumber one parse per region. The cache is keyed by a 96-bit hash of the window, so
    // it holds no text. Windows not seen before go to libphonenumber joined by line breaks, one FindNumbers call per
    // region, whatever the number of windows.
    private void AnalyzeWindows(ReadOnlySpan<char> text, ReadOnlySpan<int> windows, MatchSink sink)
    {
        var found = ArrayPool<(int Start, int End)>.Shared.Rent(16);
        var pending = ArrayPool<int>.Shared.Rent(windows.Length);
        var keys = ArrayPool<WindowKey>.Shared.Rent(windows.Length / 2);
        // A window seen earlier in this text waits for the results of its first occurrence (a long text repeats its
        // header lines and signatures), as a pair of its start and the index of that occurrence among the pending.
        var repeats = ArrayPool<int>.Shared.Rent(windows.Length);
        var pendingIndex = t_pendingIndex ??= [];
        pendingIndex.Clear();
        var count = 0;
        var pendingLength = 0;
        var pendingCount = 0;
        var repeatCount = 0;
        try
        {
            for (var w = 0; w < windows.Length; w += 2)
            {
                var window = text[windows[w]..windows[w + 1]];
                var key = WindowKey.Of(window);
                if (_windowResults.TryGetValue(key, out var known))
                {
                    foreach (var (start, length) in known)
                    {
                        Append(ref found, ref count, (windows[w] + start, windows[w] + start + length));
                    }

                    continue;
                }

                if (pendingIndex.TryGetValue(key, out var first))
                {
                    repeats[repeatCount++] = windows[w];
                    repeats[repeatCount++] = first;
                    continue;
                }

                pendingIndex[key] = pendingCount / 2;
                keys[pendingCount / 2] = key;
                pending[pendingCount++] = windows[w];
                pending[pendingCount++] = windows[w + 1];
                pendingLength += window.Length + 1;
            }

            if (pendingCount > 0)
            {
                var results = FindInNewWindows(text, pending.AsSpan(0, pendingCount), keys.AsSpan(0, pendingCount / 2), pendingLength, ref found, ref count);
                for (var r = 0; r < repeatCount; r += 2)
                {
                    foreach (var (start, length) in results[repeats[r + 1]])
                    {
                        Append(ref found, ref count, (repeats[r] + start, repeats[r] + start + length));
                    }
                }
            }

            count = KeepMaximal(found.AsSpan(0, count));
            for (var i = 0; i < count; i++)
            {
                var (start, end) = found[i];
                sink.Add(new PiiMatch(
                    _entityType,
                    start,
                    end - start,
                    Score,
                    Name,
                    new MatchExplanation("phonenumbers", ValidationOutcome.Undecided, Score)));
            }
        }
        finally
        {
            ArrayPool<(int, int)>.Shared.Return(found);
            ArrayPool<int>.Shared.Return(pending);
            ArrayPool<WindowKey>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(repeats);
            pendingIndex.Clear();
        }
    }

    [ThreadStatic]
    private static Dictionary<WindowKey, int>? t_pendingIndex;

    // Returns what was found in each pending window (relative to its start), by its index among the pending. A window
    // that one region found a number covering whole (see Reach) is not handed to the regions after it: what they could
    // find there lies inside that number, and KeepMaximal would drop it.
    private (int Start, int Length)[][] FindInNewWindows(
        ReadOnlySpan<char> text,
        ReadOnlySpan<int> windows,
        ReadOnlySpan<WindowKey> keys,
        int joinedLength,
        ref (int Start, int End)[] found,
        ref int count)
    {
        var windowCount = keys.Length;
        var reach = ArrayPool<int>.Shared.Rent(windowCount * 2);
        var covered = ArrayPool<bool>.Shared.Rent(windowCount);
        var joinedWindows = ArrayPool<int>.Shared.Rent(windowCount);
        var buffer = ArrayPool<char>.Shared.Rent(joinedLength);
        // Matches of these windows, each with its window's number, to remember per window afterwards.
        var first = count;
        var owners = ArrayPool<int>.Shared.Rent(16);
        try
        {
            for (var w = 0; w < windowCount; w++)
            {
                (reach[w * 2], reach[(w * 2) + 1]) = Reach(text, windows[w * 2], windows[(w * 2) + 1]);
                covered[w] = false;
            }

            string? joined = null;
            var joinedCount = 0;
            foreach (var region in _regions)
            {
                if (joined is null)
                {
                    (joined, joinedCount) = Join(text, windows, covered.AsSpan(0, windowCount), buffer, joinedWindows);
                    if (joinedCount == 0)
                    {
                        break;
                    }
                }

                // libphonenumber reports matches in text order: one forward cursor over the joined windows maps them back.
                var at = 0;
                var windowJoinedStart = 0;
                foreach (var match in Util.FindNumbers(joined, region, _leniency, long.MaxValue))
                {
                    var window = joinedWindows[at];
                    while (match.Start > windowJoinedStart + windows[(window * 2) + 1] - windows[window * 2])
                    {
                        windowJoinedStart += windows[(window * 2) + 1] - windows[window * 2] + 1;
                        window = joinedWindows[++at];
                    }

                    var start = windows[window * 2] + (match.Start - windowJoinedStart);
                    var end = start + match.Length;
                    if (count - first == owners.Length)
                    {
                        var larger = ArrayPool<int>.Shared.Rent(owners.Length * 2);
                        owners.AsSpan(0, count - first).CopyTo(larger);
                        ArrayPool<int>.Shared.Return(owners);
                        owners = larger;
                    }

                    owners[count - first] = window;
                    Append(ref found, ref count, (start, end));
                    if (!covered[window] && start <= reach[window * 2] && end >= reach[(window * 2) + 1])
                    {
                        // The next region gets the windows without this one.
                        covered[window] = true;
                        joined = null;
                    }
                }
            }

            return Remember(windows, keys, found.AsSpan(first, count - first), owners.AsSpan(0, count - first));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(owners);
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(joinedWindows);
            ArrayPool<bool>.Shared.Return(covered);
            ArrayPool<int>.Shared.Return(reach);
        }
    }

    // The windows not yet covered, each followed by a line break (numbers never cross one), as one text for
    // libphonenumber, and their numbers in that order (in joinedWindows), with how many there are.
    private static (string Joined, int Count) Join(ReadOnlySpan<char> text, ReadOnlySpan<int> windows, ReadOnlySpan<bool> covered, char[] buffer, int[] joinedWindows)
    {
        var length = 0;
        var joinedCount = 0;
        for (var w = 0; w < covered.Length; w++)
        {
            if (covered[w])
            {
                continue;
            }

            var window = text[windows[w * 2]..windows[(w * 2) + 1]];
            window.CopyTo(buffer.AsSpan(length));
            length += window.Length;
            buffer[length++] = '\n';
            joinedWindows[joinedCount++] = w;
        }

        return (new string(buffer, 0, length), joinedCount);
    }

    // Characters a number found by libphonenumber can start with: its candidates open with a digit (\p{Nd}), an opening
    // bracket or a plus sign, and end with a digit.
    private static readonly SearchValues<char> NumberLeads = SearchValues.Create("([（［+＋");

    /// <summary>
    /// The earliest start and the latest end of any number libphonenumber can find in the window [start, end), as
    /// positions in the text: its first digit or opening bracket or plus sign, and the end of its last digit. A number
    /// found from them covers the window: every other number found in it lies inside. (-1, 0) when it has no digit.
    /// </summary>
    internal static (int EarliestStart, int LatestEnd) Reach(ReadOnlySpan<char> text, int start, int end)
    {
        var earliest = -1;
        var latest = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsDigit(text[i]) || NumberLeads.Contains(text[i]))
            {
                earliest = i;
                break;
            }
        }

        for (var i = end - 1; i >= start; i--)
        {
            if (char.IsDigit(text[i]))
            {
                latest = i + 1;
                break;
            }
        }

        return earliest < 0 || latest == 0 ? (-1, 0) : (earliest, latest);
    }

    // Stores each new window's matches (relative to the window's start; none is a result too).
    private (int Start, int Length)[][] Remember(ReadOnlySpan<int> windows, ReadOnlySpan<WindowKey> keys, ReadOnlySpan<(int Start, int End)> found, ReadOnlySpan<int> owners)
    {
        if (Interlocked.Add(ref _windowResultCount, keys.Length) > MaxRememberedWindows)
        {
            _windowResults.Clear();
            Interlocked.Exchange(ref _windowResultCount, keys.Length);
        }

        // Group the matches by window in one pass (a counting sort by owner): a long text has tens of thousands of
        // windows, and a scan of every match per window would be quadratic.
        var starts = ArrayPool<int>.Shared.Rent(keys.Length + 1);
        try
        {
            var offsets = starts.AsSpan(0, keys.Length + 1);
            offsets.Clear();
            foreach (var owner in owners)
            {
                offsets[owner + 1]++;
            }

            for (var w = 0; w < keys.Length; w++)
            {
                offsets[w + 1] += offsets[w];
            }

            var results = new (int Start, int Length)[keys.Length][];
            for (var w = 0; w < keys.Length; w++)
            {
                var count = offsets[w + 1] - offsets[w];
                results[w] = count == 0 ? [] : new (int Start, int Length)[count];
            }

            // Fill in match order: within a window, matches keep the order libphonenumber reported them in.
            var filled = offsets[..^1].ToArray();
            for (var i = 0; i < owners.Length; i++)
            {
                var w = owners[i];
                results[w][filled[w] - offsets[w]] = (found[i].Start - windows[w * 2], found[i].End - found[i].Start);
                filled[w]++;
            }

            for (var w = 0; w < keys.Length; w++)
            {
                _windowResults[keys[w]] = results[w];
            }

            return results;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    private static void Append(ref (int Start, int End)[] found, ref int count, (int Start, int End) span)
    {
        if (count == found.Length)
        {
            var larger = ArrayPool<(int, int)>.Shared.Rent(found.Length * 2);
            found.AsSpan(0, count).CopyTo(larger);
            ArrayPool<(int, int)>.Shared.Return(found);
            found = larger;
        }

        found[count++] = span;
    }

    /// <summary>The most windows whose results are remembered; the cache starts over when it fills (a few MB at most).</summary>
    internal const int MaxRememberedWindows = 32_768;

    /// <summary>Identifies a window by its length and two independent hashes (96 bits), without keeping its text.</summary>
    private readonly record struct WindowKey(int Length, int Marvin, ulong Fnv)
    {
        public static WindowKey Of(ReadOnlySpan<char> window)
        {
            var fnv = 14695981039346656037UL;
            foreach (var c in window)
            {
                fnv = (fnv ^ c) * 1099511628211UL;
            }

            return new WindowKey(window.Length, string.GetHashCode(window), fnv);
        }
    }

    // Sorts the spans and keeps the maximal ones: duplicates (the same number found from several regions) and spans
    // inside another are dropped. Returns how many are kept, at the front of the span.
    private static int KeepMaximal(Span<(int Start, int End)> found)
    {
        if (found.Length < 2)
        {
            return found.Length;
        }

        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = 0;
        var maxEnd = -1;
        foreach (var span in found)
        {
            if (span.End <= maxEnd)
            {
                continue;
            }

            found[kept++] = span;
            maxEnd = span.End;
        }

        return kept;
    }

    // Whether [start, end) lies inside one of the settled spans (pairs by start); runs come in text order, so the cursor
    // only moves forward.
    private static bool IsSettled(ReadOnlySpan<int> settled, ref int at, int start, int end)
    {
        while (at < settled.Length && settled[at + 1] <= start)
        {
            at += 2;
        }

        return at < settled.Length && settled[at] <= start && end <= settled[at + 1];
    }

    /// <summary>
    /// Digits in one group that mark a run glued to an '@' or to a word as an identifier (a time stamp in milliseconds has
    /// thirteen); a number written for people to read is grouped shorter, or stands apart from the next word.
    /// </summary>
    internal const int IdentifierGroupDigits = 12;

    // Part of an identifier, not a number someone wrote down: the run is glued (no space between) to an '@' after it, or
    // ends in a dot glued to a letter, and holds a group of twelve digits or more — Message-IDs and MIME boundaries with
    // a time stamp in them: "<Pine.LNX.4.44.0208231610470.17440-100000@localhost>", "<02080820365405.00338@debian>",
    // JavaMail's "<3103542.1026433146661.JavaMail.root@host>" and "--1347074105.994417746234.JavaMail".
    // libphonenumber finds "numbers" inside them ("0208231610470" as German, "3103542" as North American); such runs are
    // not handed to it, whatever the leniency. A number before a spaced "@ home" or at the end of a sentence ("call
    // 206.256.9500.Thanks"), or one that is an address's local part ("4155550132@vtext.com"), is handed over.
    internal static bool IsIdentifierPart(ReadOnlySpan<char> text, int start, int end)
    {
        if (end >= text.Length || char.IsWhiteSpace(text[end - 1])
            || !(text[end] == '@' || (text[end - 1] == '.' && char.IsAsciiLetter(text[end]))))
        {
            return false;
        }

        var group = 0;
        for (var i = start; i < end; i++)
        {
            group = char.IsAsciiDigit(text[i]) ? group + 1 : 0;
            if (group >= IdentifierGroupDigits)
            {
                return true;
            }
        }

        return false;
    }

    // Characters that may stand around the values of a run that is not handed over: brackets, spaces, and slashes (an
    // address in a URL, "://80.71.66.8/index", a version list with a slash after it, "(8.12.5/8.12.5/Debian").
    private const string Around = " \t\u00A0()[]/";

    // IPv4 addresses ("[192.168.1.20]", "(10.0.0.1)", mail's "64.3.210.238 - 64.3.210.238" and "127.0.0.1
    // ([202.72.66.134])"): the run is one or more groups of four dot-joined octets of one to three ASCII digits, up to
    // 255, separated by spaces, brackets or dashes, with no word character or dot next to it. libphonenumber reads many
    // of them as phone numbers of some region (and spends ten times a plain window's time on each); they are addresses
    // the IP recognizer reports, or version numbers shaped like one ("0.9.14.000"), so they are not handed to
    // libphonenumber at all. A first octet with a leading zero is a dotted phone number with its trunk prefix
    // ("089.123.45.67", "02.123.45.67"), never an address: such runs are handed over.
    internal static bool IsDottedQuad(ReadOnlySpan<char> text, int start, int end)
    {
        var (from, to) = Trimmed(text, start, end);
        return IsListOf(text[from..to], QuadEnd, Around + "-")
            && (from == 0 || !IsWordOrDot(text[from - 1])) && (to == text.Length || !IsWordOrDot(text[to]));
    }

    // Software versions as mail programs write them ("MimeOLE V5.00.2615.200", "(5.5.1775.675.6)", "9.0.2416
    // (9.0.2910.0)"): the run is one or more versions separated by spaces or brackets, each a one-digit major, a one- or
    // two-digit minor and a build number of three to five digits, then any more dot-separated groups. No numbering
    // plan's numbers are written so (dotted numbers group their digits by twos to fours: 650.253.0000, 01.23.45.67.89,
    // 1.800.555.0199); libphonenumber reads some as North American numbers all the same ("5.00.2615.200" as 500-261-5200)
    // and, over the eight default regions, spends half of its time on mail in them. Unlike addresses, versions are
    // often glued to a letter ("V5.00"), so no boundary is required around the run.
    internal static bool IsDottedVersion(ReadOnlySpan<char> text, int start, int end)
    {
        return IsListOf(text[start..end].Trim(Around), VersionEnd, Around);
    }

    // The run [start, end) without the Around characters at its ends, as positions in the text.
    private static (int Start, int End) Trimmed(ReadOnlySpan<char> text, int start, int end)
    {
        var run = text[start..end];
        var from = start + (run.Length - run.TrimStart(Around).Length);
        return (from, from + run.Trim(Around).Length);
    }

    // Whether the run is one or more items (each ending where itemEnd says, -1 when none starts there) separated by at
    // least one separator character, with at least MinimumDigits characters in all.
    private static bool IsListOf(ReadOnlySpan<char> run, ItemEnd itemEnd, string separators)
    {
        if (run.Length < MinimumDigits)
        {
            return false;
        }

        var i = 0;
        while (true)
        {
            i = itemEnd(run, i);
            if (i < 0)
            {
                return false;
            }

            if (i == run.Length)
            {
                return true;
            }

            var separated = i;
            while (i < run.Length && separators.Contains(run[i], StringComparison.Ordinal))
            {
                i++;
            }

            if (i == separated || i == run.Length)
            {
                return false;
            }
        }
    }

    private delegate int ItemEnd(ReadOnlySpan<char> run, int at);

    // The end of the version at position at ("5.00.2615.200": one digit, one or two, three to five, then any more
    // groups), or -1.
    private static int VersionEnd(ReadOnlySpan<char> run, int at)
    {
        var i = at;
        var (minimum, maximum) = (1, 1);
        for (var group = 0; ; group++)
        {
            var digits = 0;
            while (i < run.Length && char.IsAsciiDigit(run[i]))
            {
                digits++;
                i++;
            }

            if (digits < minimum || digits > maximum)
            {
                return -1;
            }

            (minimum, maximum) = group switch
            {
                0 => (1, 2),
                1 => (3, 5),
                _ => (1, int.MaxValue),
            };

            if (i == run.Length || run[i] != '.')
            {
                return group >= 2 ? i : -1;
            }

            i++;
        }
    }

    // The end of the four dot-joined octets at position at (one to three ASCII digits each, at most 255, the first
    // without a leading zero), or -1.
    private static int QuadEnd(ReadOnlySpan<char> run, int at)
    {
        var i = at;
        for (var group = 0; group < 4; group++)
        {
            if (group > 0)
            {
                if (i == run.Length || run[i] != '.')
                {
                    return -1;
                }

                i++;
            }

            var start = i;
            var value = 0;
            while (i < run.Length && char.IsAsciiDigit(run[i]) && i - start < 4)
            {
                value = (value * 10) + (run[i] - '0');
                i++;
            }

            var length = i - start;
            if (length is 0 or > 3 || value > 255 || (group == 0 && length > 1 && run[start] == '0'))
            {
                return -1;
            }
        }

        return i < run.Length && (run[i] == '.' || char.IsAsciiDigit(run[i])) ? -1 : i;
    }

    // A pair of software versions as mail servers write them ("(8.11.6/8.11.6)"): two versions of three dot-separated
    // groups of one or two digits, joined by a slash, with only spaces and brackets around them in the run. No phone
    // number is written so; libphonenumber finds none in them on the mail corpus, at a third of its cost there.
    internal static bool IsSlashedVersion(ReadOnlySpan<char> text, int start, int end)
    {
        var run = text[start..end].Trim(Around);
        var slash = run.IndexOf('/');
        return slash > 0 && IsShortVersion(run[..slash]) && IsShortVersion(run[(slash + 1)..]);
    }

    // "8.11.6": three groups of one or two ASCII digits joined by dots.
    private static bool IsShortVersion(ReadOnlySpan<char> version)
    {
        var groups = 0;
        var length = 0;
        foreach (var c in version)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++length > 2)
                {
                    return false;
                }
            }
            else if (c == '.' && length > 0 && groups < 2)
            {
                groups++;
                length = 0;
            }
            else
            {
                return false;
            }
        }

        return groups == 2 && length > 0;
    }

    private static bool IsWordOrDot(char c) => c is '.' or '_' || char.IsLetterOrDigit(c);

    /// <summary>
    /// The run of digits and phone punctuation around the digit at <paramref name="digit"/> (not reaching back before
    /// <paramref name="previousRunEnd"/>), and how many digits it holds.
    /// </summary>
    internal static (int Start, int End, int Digits) RunAt(ReadOnlySpan<char> text, int digit, int previousRunEnd)
    {
        var start = digit;
        while (start > previousRunEnd && RunValues.Contains(text[start - 1]))
        {
            start--;
        }

        var end = digit;
        var digits = 0;
        while (end < text.Length && RunValues.Contains(text[end]))
        {
            if (DigitValues.Contains(text[end]))
            {
                digits++;
            }

            end++;
        }

        return (start, end, digits);
    }

    // One block of ASCII digits (at most libphonenumber's 20-digit block; punctuation without digits may stand before
    // and after it in the run, no extension follows) glued to a Latin letter right before or right after the digits
    // ("id A05911410E", "abc8005001234", "C0294099 for", "d 7106643C"). A letter before: every candidate starting at the
    // block is rejected at leniency VALID and above, and any other holds at most the margin's few digits. A letter
    // after: every candidate ends at the block's last digit and is rejected by it — unless the letter opens an
    // extension label and digits the run does not count (other scripts' digits, say) follow in the margin libphonenumber
    // sees, where a glued "x" could carry the candidate on as an extension; such runs are handed over. Postfix queue IDs
    // ("id 4926816F17", "id 8A6362941FD") are glued runs: no label starts at "F17" or "A6", whatever digits follow.
    // Either way handing the run over cannot find anything.
    internal static bool IsGluedDigitRun(ReadOnlySpan<char> text, int start, int end, int previousRunEnd)
    {
        var first = start + text[start..end].IndexOfAny(DigitValues);
        if (first < start || !char.IsAsciiDigit(text[first]))
        {
            return false;
        }

        var last = first;
        while (last < end && char.IsAsciiDigit(text[last]))
        {
            last++;
        }

        if (last - first > 20 || text[last..end].ContainsAny(DigitValues) || ExtensionEnd(text, end) != end)
        {
            return false;
        }

        var letterBefore = first == start && start > previousRunEnd && char.IsAsciiLetter(text[start - 1]);
        var letterAfter = last == end && end < text.Length && char.IsAsciiLetter(text[end])
            && (ExtensionLabelLength(text[end..]) == 0 || !text[end..Math.Min(text.Length, end + 1 + MarginAfter)].ContainsAny(AnyDigit));
        return letterBefore || letterAfter;
    }

    // An extension written after the number belongs to it: returns the end of the extension's digits (and of a '#'
    // after them), or runEnd when none follows. What is read is a superset of libphonenumber's extensions in running
    // text: any spaces, tabs, commas and semicolons (";ext=" is RFC 3966's), a label ("ext", "extn", "xt",
    // "extension", "extensión", "anexo", "доб", "int", their full-width forms, or one of x # ~ and their full-width
    // forms), any of ":=," and phone punctuation (for libphonenumber an "x" is also punctuation between digit blocks:
    // "x/12", "x (12"), and up to 20 digits of any script. Reading a few characters too many only widens the window
    // libphonenumber sees.
    internal static int ExtensionEnd(ReadOnlySpan<char> text, int runEnd)
    {
        var rest = text[runEnd..];
        var i = 0;
        while (i < rest.Length && rest[i] is ' ' or '\u00A0' or '\t' or ',' or ';')
        {
            i++;
        }

        var label = ExtensionLabelLength(rest[i..]);
        if (label == 0)
        {
            return runEnd;
        }

        i += label;
        while (i < rest.Length && (rest[i] is ':' or '=' or ',' || PunctuationValues.Contains(rest[i])))
        {
            i++;
        }

        var digitsStart = i;
        while (i < rest.Length && i - digitsStart < MaxExtensionDigits && char.IsDigit(rest[i]))
        {
            i++;
        }

        if (i == digitsStart)
        {
            return runEnd;
        }

        if (i < rest.Length && rest[i] is '#' or '＃')
        {
            i++;
        }

        return runEnd + i;
    }

    // The end of a run with the extensions written after it. Where an extension's digits run on into more digits and
    // punctuation ("x12-800-555-0199"), libphonenumber reads on through them, so the window takes them too: a window
    // must never end inside what libphonenumber reads as one candidate.
    private static int EndWithExtensions(ReadOnlySpan<char> text, int runEnd)
    {
        var end = runEnd;
        while (true)
        {
            var extended = ExtensionEnd(text, end);
            if (extended == end)
            {
                return end;
            }

            end = extended;
            var tail = end;
            while (tail < text.Length && RunValues.Contains(text[tail]))
            {
                tail++;
            }

            // An address or a version after the extension ("x2 201.234.56.78") stays out, as it would on its own.
            if (tail > end && (IsDottedQuad(text, end, tail) || IsDottedVersion(text, end, tail) || IsSlashedVersion(text, end, tail)))
            {
                return end;
            }

            end = tail;
        }
    }

    // libphonenumber's longest extension (after an explicit label).
    private const int MaxExtensionDigits = 20;

    private static readonly string[] ExtensionWords = ["anexo", "доб", "int", "ｉｎｔ"];

    // The length of the extension label at the start of rest, or 0.
    private static int ExtensionLabelLength(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return 0;
        }

        // e?xt(?:ensi(?:ó|o\u0301?))?n?, in ASCII or full-width letters, ignoring case.
        var i = 0;
        if (IsLetter(rest, i, 'e', 'ｅ'))
        {
            i++;
        }

        if (IsLetter(rest, i, 'x', 'ｘ') && IsLetter(rest, i + 1, 't', 'ｔ'))
        {
            i += 2;
            if (rest[i..].StartsWith("ensi", StringComparison.OrdinalIgnoreCase))
            {
                var after = i + 4;
                if (after < rest.Length && rest[after] is 'ó' or 'Ó')
                {
                    i = after + 1;
                }
                else if (after < rest.Length && rest[after] is 'o' or 'O')
                {
                    i = after + 1 + (after + 1 < rest.Length && rest[after + 1] == '\u0301' ? 1 : 0);
                }
            }

            return IsLetter(rest, i, 'n', 'ｎ') ? i + 1 : i;
        }

        foreach (var word in ExtensionWords)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return word.Length;
            }
        }

        return rest[0] is 'x' or 'X' or 'ｘ' or 'Ｘ' or '#' or '＃' or '~' or '～' ? 1 : 0;
    }

    // Whether rest[i] is the letter (given in lower case, ASCII and full-width), ignoring case.
    private static bool IsLetter(ReadOnlySpan<char> rest, int i, char ascii, char fullWidth) =>
        i < rest.Length && char.ToLowerInvariant(rest[i]) is var lower && (lower == ascii || lower == fullWidth);
}
