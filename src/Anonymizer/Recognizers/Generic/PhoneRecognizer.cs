using System.Buffers;
using Anonymizer.Analysis;
using PhoneNumbers;

namespace Anonymizer.Recognizers.Generic;

/// <summary>
/// PHONE_NUMBER: telephone numbers of the configured regions, found and validated by libphonenumber
/// (<see cref="PhoneNumberUtil.FindNumbers(string, string, PhoneNumberUtil.Leniency, long)"/>), reported with score 0.4
/// as Presidio does. A cheap span scan first picks the windows worth handing to libphonenumber: runs of digits and
/// phone punctuation with at least <see cref="MinimumDigits"/> digits, plus a few characters of margin so that
/// libphonenumber still sees the letters around a number. Text without such a run costs one vectorized search.
/// Immutable and thread-safe.
/// </summary>
public sealed class PhoneRecognizer : Recognizer
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "PhoneRecognizer";

    /// <summary>The score of every match (Presidio's).</summary>
    public const double Score = 0.4;

    /// <summary>The fewest digits a run of digits and phone punctuation needs to be handed to libphonenumber.</summary>
    public const int MinimumDigits = 6;

    /// <summary>Presidio's leniency levels: 0 POSSIBLE, 1 VALID (default), 2 STRICT_GROUPING, 3 EXACT_GROUPING.</summary>
    public const int DefaultLeniency = 1;

    /// <summary>The default context words.</summary>
    public static IReadOnlyList<string> DefaultContextWords { get; } =
        ["phone", "number", "telephone", "tel", "cell", "cellphone", "mobile", "call", "fax", "contact"];

    // Characters libphonenumber accepts inside a number: digits (ASCII, full-width, Arabic-Indic), plus signs, and its
    // punctuation (dashes, spaces, slashes, dots, brackets, tildes).
    private const string DigitChars = "0123456789０１２３４５６７８９٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
    private const string PunctuationChars = "+＋-‐‑‒–—―−ー－/／.．()（）[]［］~⁓∼～ \u00A0\u00AD\u200B\u2060\u3000\t";
    private const int Margin = 3;
    private const int MaxMatchesPerWindow = 32;

    private static readonly SearchValues<char> DigitValues = SearchValues.Create(DigitChars);
    private static readonly SearchValues<char> RunValues = SearchValues.Create(DigitChars + PunctuationChars);
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private readonly string[] _regions;
    private readonly PhoneNumberUtil.Leniency _leniency;
    private readonly string _entityType;

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
    public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
    {
        var position = 0;
        var previousRunEnd = 0;
        while (position < text.Length)
        {
            var next = text[position..].IndexOfAny(DigitValues);
            if (next < 0)
            {
                return;
            }

            var first = position + next;
            var start = first;
            while (start > previousRunEnd && RunValues.Contains(text[start - 1]))
            {
                start--;
            }

            var end = first;
            var digits = 0;
            while (end < text.Length && RunValues.Contains(text[end]))
            {
                if (DigitValues.Contains(text[end]))
                {
                    digits++;
                }

                end++;
            }

            if (digits >= MinimumDigits)
            {
                end = ExtensionEnd(text, end);
                var windowStart = start;
                for (var i = 0; i < Margin && windowStart > previousRunEnd; i++)
                {
                    windowStart--;
                }

                var windowEnd = end;
                for (var i = 0; i < Margin && windowEnd < text.Length && !RunValues.Contains(text[windowEnd]); i++)
                {
                    windowEnd++;
                }

                AnalyzeWindow(text, windowStart, windowEnd, sink);
            }

            previousRunEnd = end;
            position = end;
        }
    }

    // An extension written after the number ("ext. 123", "x123", "#123", "extension 12") belongs to it: returns the end
    // of the extension's digits, or runEnd when none follows.
    private static int ExtensionEnd(ReadOnlySpan<char> text, int runEnd)
    {
        var rest = text[runEnd..];
        int marker;
        if (rest.StartsWith("extension", StringComparison.OrdinalIgnoreCase))
        {
            marker = 9;
        }
        else if (rest.StartsWith("extn", StringComparison.OrdinalIgnoreCase))
        {
            marker = 4;
        }
        else if (rest.StartsWith("ext", StringComparison.OrdinalIgnoreCase))
        {
            marker = 3;
        }
        else if (rest.Length > 0 && rest[0] is 'x' or 'X' or '#')
        {
            marker = 1;
        }
        else
        {
            return runEnd;
        }

        var i = marker;
        while (i < rest.Length && rest[i] is '.' or ':' or ' ' or '=')
        {
            i++;
        }

        var digitsStart = i;
        while (i < rest.Length && i - digitsStart < 7 && char.IsAsciiDigit(rest[i]))
        {
            i++;
        }

        return i > digitsStart ? runEnd + i : runEnd;
    }

    private void AnalyzeWindow(ReadOnlySpan<char> text, int windowStart, int windowEnd, MatchSink sink)
    {
        var window = text[windowStart..windowEnd].ToString();
        Span<(int Start, int Length)> found = stackalloc (int, int)[MaxMatchesPerWindow];
        var count = 0;
        foreach (var region in _regions)
        {
            foreach (var match in Util.FindNumbers(window, region, _leniency, long.MaxValue))
            {
                count = Add(found, count, match.Start, match.Length);
            }
        }

        for (var i = 0; i < count; i++)
        {
            var (start, length) = found[i];
            sink.Add(new PiiMatch(
                _entityType,
                windowStart + start,
                length,
                Score,
                Name,
                new MatchExplanation("phonenumbers", ValidationOutcome.Undecided, Score)));
        }
    }

    // Keeps the spans maximal: a span inside one already found is skipped, spans inside a new one are removed.
    private static int Add(Span<(int Start, int Length)> found, int count, int start, int length)
    {
        var end = start + length;
        for (var i = 0; i < count; i++)
        {
            if (start >= found[i].Start && end <= found[i].Start + found[i].Length)
            {
                return count;
            }
        }

        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (!(found[i].Start >= start && found[i].Start + found[i].Length <= end))
            {
                found[kept++] = found[i];
            }
        }

        if (kept < found.Length)
        {
            found[kept++] = (start, length);
        }

        return kept;
    }
}
