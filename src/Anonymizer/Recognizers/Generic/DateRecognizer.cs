using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Generic;

/// <summary>
/// DATE_TIME: numeric dates (ISO <c>2024-01-31</c>, <c>31/01/2024</c>, <c>01-31-2024</c>, <c>31.01.2024</c>, two-digit
/// years), English month-name dates (<c>January 5, 2024</c>, <c>5 Jan 2024</c>, <c>5-MAY-2021</c>, <c>Jan 2024</c>),
/// ISO timestamps and times of day (<c>14:30</c>, <c>2:30 pm</c>, with seconds). Calendar values are checked; the
/// ambiguous short forms (<c>5/2021</c>, <c>5/21</c>) score low.
/// </summary>
public static partial class DateRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "DateRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.DateTime,
        Patterns =
        [
            new RegexPattern("ISO 8601 timestamp", TimestampRegex(), 0.6) { DigitHint = new DigitHint(12, 35) },
            new RegexPattern("numeric date", NumericDateRegex(), 0.6) { DigitHint = new DigitHint(4, 10) },
            new RegexPattern("month name date", MonthNameDateRegex(), 0.6, new PatternAnchor(MonthNames, IsMonthNamePrefixChar, 8, AnchoredMonthNameDateRegex())),
            new RegexPattern("time of day", TimeRegex(), 0.5),
            new RegexPattern("month/year", MonthYearRegex(), 0.2) { DigitHint = new DigitHint(5, 7) },
            new RegexPattern("month/day", MonthDayRegex(), 0.1) { DigitHint = new DigitHint(2, 5) },
        ],
        Invalidator = Invalidate,
        ContextWords = ["date", "birthday", "birth", "dob", "born", "time", "on", "at", "when", "day", "year", "month"],
        Triggers = SearchValues.Create("0123456789"),
    });

    /// <summary>Invalid when <paramref name="candidate"/> is not a real calendar date or time of day; undecided otherwise.</summary>
    public static ValidationOutcome Invalidate(ReadOnlySpan<char> candidate) =>
        CalendarDates.IsPlausible(candidate) ? ValidationOutcome.Undecided : ValidationOutcome.Invalid;

    // Patterns start with \d rather than [0-9] (the rest stays ASCII [0-9], and the invalidator rejects non-ASCII
    // candidates): for a leading [0-9] the regex generator searches with IndexOfAnyInRange('0', '9'), which allocates
    // on every miss in the current runtime; for \d it does not.
    private const string Before = @"(?<![\w/.:+-])";
    private const string After = @"(?![\w/]|[.:-][0-9])";
    private const string Month =
        @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    private const string Ordinal = "(?:st|nd|rd|th)?";

    [GeneratedRegex(
        Before + @"\d[0-9]{3}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?" + After,
        RegexOptions.CultureInvariant,
        RegexTimeouts.Milliseconds)]
    private static partial Regex TimestampRegex();

    [GeneratedRegex(
        Before + @"(?:\d[0-9]{3}(?<s1>[-/.])[0-9]{1,2}\k<s1>[0-9]{1,2}|\d[0-9]?(?<s2>[-/.])[0-9]{1,2}\k<s2>(?:[0-9]{4}|[0-9]{2}))" + After,
        RegexOptions.CultureInvariant,
        RegexTimeouts.Milliseconds)]
    private static partial Regex NumericDateRegex();

    private const string MonthNameDatePattern =
        Before + @"(?:[0-9]{1,2}" + Ordinal + @"(?:-|\s(?:of\s)?)" + Month + @"\.?(?:-[0-9]{4}(?![0-9])|-[0-9]{2}(?![0-9])|,?\s[0-9]{4}(?![0-9]))?"
        + "|" + Month + @"\.?(?:[\s-][0-9]{1,2}" + Ordinal + @"(?:,?\s[0-9]{4}(?![0-9]))?|,?\s[0-9]{4}|-[0-9]{4}|-[0-9]{2}))" + @"(?![\w/]|[.:-][0-9])";

    [GeneratedRegex(MonthNameDatePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex MonthNameDateRegex();

    [GeneratedRegex(@"\G" + MonthNameDatePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex AnchoredMonthNameDateRegex();

    // Anchor of the month name pattern: every match contains a month name, and at most eight characters come before it
    // ("12th of "): digits, an ordinal suffix, "of", white space or a dash. Month names are far rarer than digits.
    private static readonly SearchValues<string> MonthNames = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    private static bool IsMonthNamePrefixChar(char c) => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c == '-';

    [GeneratedRegex(
        Before + @"(?:\d[0-9]?:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?(?:\s?[AaPp]\.?[Mm]\.?(?!\w))?|\d[0-9]?\s?[AaPp]\.?[Mm]\.?(?!\w))" + @"(?![\w/:]|[.-][0-9])",
        RegexOptions.CultureInvariant,
        RegexTimeouts.Milliseconds)]
    private static partial Regex TimeRegex();

    [GeneratedRegex(
        Before + @"\d[0-9]?[/-][0-9]{4}" + After,
        RegexOptions.CultureInvariant,
        RegexTimeouts.Milliseconds)]
    private static partial Regex MonthYearRegex();

    [GeneratedRegex(
        Before + @"\d[0-9]?/[0-9]{1,2}" + After,
        RegexOptions.CultureInvariant,
        RegexTimeouts.Milliseconds)]
    private static partial Regex MonthDayRegex();
}
