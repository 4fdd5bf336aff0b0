using System.Buffers;
using System.Collections.Frozen;
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
            new RegexPattern("ISO 8601 timestamp", TimestampRegex(), 0.6, new PatternAnchor("-", char.IsDigit, 4, AnchoredTimestampRegex())
            {
                FollowsDigit = true,
                MinPrefixLength = 4,
                Precheck = IsFirstTimestampDash,
            }),
            new RegexPattern("numeric date", NumericDateRegex(), 0.6, new PatternAnchor("-/.", char.IsDigit, 4, AnchoredNumericDateRegex())
            {
                FollowsDigit = true,
                MinPrefixLength = 1,
                CanStartAfter = CanStartAfter,
                Precheck = IsFirstDateSeparator,
            }),
            new RegexPattern("month name date", MonthNameDateRegex(), 0.6, new PatternAnchor(MonthNames, IsMonthNamePrefixChar, 8, AnchoredMonthNameDateRegex())
            {
                CanStartAfter = CanStartAfter,
                Precheck = IsMonthWord,
            }),
            new RegexPattern("time of day", TimeRegex(), 0.5, new PatternAnchor(TimeMarks, IsTimePrefixChar, 5, AnchoredTimeRegex())
            {
                MinPrefixLength = 1,
                CanStartAfter = CanStartAfter,
                Precheck = IsFirstTimeMark,
            }),
            new RegexPattern("month/year", MonthYearRegex(), 0.2, new PatternAnchor("/-", char.IsDigit, 2, AnchoredMonthYearRegex())
            {
                FollowsDigit = true,
                MinPrefixLength = 1,
                CanStartAfter = CanStartAfter,
                Precheck = IsMonthYearSeparator,
            }),
            new RegexPattern("month/day", MonthDayRegex(), 0.1, new PatternAnchor("/", char.IsDigit, 2, AnchoredMonthDayRegex())
            {
                FollowsDigit = true,
                MinPrefixLength = 1,
                CanStartAfter = CanStartAfter,
                Precheck = IsMonthDaySlash,
            }),
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

    private const string TimestampPattern =
        Before + @"\d[0-9]{3}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?" + After;

    [GeneratedRegex(TimestampPattern, RegexOptions.CultureInvariant)]
    private static partial Regex TimestampRegex();

    [GeneratedRegex(@"\G" + TimestampPattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredTimestampRegex();

    private const string NumericDatePattern =
        Before + @"(?:\d[0-9]{3}(?<s1>[-/.])[0-9]{1,2}\k<s1>[0-9]{1,2}|\d[0-9]?(?<s2>[-/.])[0-9]{1,2}\k<s2>(?:[0-9]{4}|[0-9]{2}))" + After;

    [GeneratedRegex(NumericDatePattern, RegexOptions.CultureInvariant)]
    private static partial Regex NumericDateRegex();

    [GeneratedRegex(@"\G" + NumericDatePattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredNumericDateRegex();

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

    // Every pattern opens with the look-behind Before, which rejects word characters and "/.:+-" before a match.
    private static bool CanStartAfter(char c) => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '/' or '.' or ':' or '+' or '-') || c >= 128;

    // In every form of a month-name date the month is a word of its own: no letter or digit right before it (a day is
    // joined by '-', white space or "of"), and one of the spellings the pattern knows, not followed by a letter.
    private static bool IsMonthWord(ReadOnlySpan<char> text, int start)
    {
        if (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            return false;
        }

        var end = start;
        while (end < text.Length && end - start <= 9 && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        if (end < text.Length && char.IsLetter(text[end]))
        {
            return false;
        }

        return MonthSpellings.Contains(text[start..end]) && HasDigitNear(text, start, end);
    }

    // A day or year is written next to the month: an ASCII digit at most eight characters before it ("12th of May"), or
    // at most three after it ("May 5", "Jan., 2024", "May-21").
    // (A loop rather than ContainsAnyInRange, which allocates on every miss in the current runtime's precompiled code.)
    private static bool HasDigitNear(ReadOnlySpan<char> text, int start, int end)
    {
        for (var i = Math.Max(0, start - 8); i < Math.Min(text.Length, end + 4); i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthSpellings = FrozenSet.ToFrozenSet(
        [
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        ],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A time of day has its first ':' right after the hour's one or two digits ("14:30"), or, written "2 pm" or "2:30
    // p.m.", the 'm' of am/pm after the hour, an optional space, the a/p and an optional dot. (Searching for the words
    // "am", "pm", "a.m" and "p.m" instead measured twice as slow: a multi-string search with a one-character ":".)
    private static readonly SearchValues<char> TimeMarks = SearchValues.Create(":mM");

    private static bool IsTimePrefixChar(char c) => char.IsDigit(c) || char.IsWhiteSpace(c) || c is 'a' or 'A' or 'p' or 'P' or '.';

    private static bool IsFirstTimeMark(ReadOnlySpan<char> text, int mark)
    {
        if (text[mark] == ':')
        {
            return mark > 0 && char.IsDigit(text[mark - 1]) && mark + 2 < text.Length && char.IsAsciiDigit(text[mark + 1]) && char.IsAsciiDigit(text[mark + 2]);
        }

        var i = mark - 1;
        if (i >= 0 && text[i] == '.')
        {
            i--;
        }

        if (i < 0 || text[i] is not ('a' or 'A' or 'p' or 'P'))
        {
            return false;
        }

        i--;
        if (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && char.IsDigit(text[i]);
    }

    private const string TimePattern =
        Before + @"(?:\d[0-9]?:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?(?:\s?[AaPp]\.?[Mm]\.?(?!\w))?|\d[0-9]?\s?[AaPp]\.?[Mm]\.?(?!\w))" + @"(?![\w/:]|[.-][0-9])";

    [GeneratedRegex(TimePattern, RegexOptions.CultureInvariant)]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"\G" + TimePattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredTimeRegex();

    private const string MonthYearPattern = Before + @"\d[0-9]?[/-][0-9]{4}" + After;

    [GeneratedRegex(MonthYearPattern, RegexOptions.CultureInvariant)]
    private static partial Regex MonthYearRegex();

    [GeneratedRegex(@"\G" + MonthYearPattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredMonthYearRegex();

    private const string MonthDayPattern = Before + @"\d[0-9]?/[0-9]{1,2}" + After;

    [GeneratedRegex(MonthDayPattern, RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(@"\G" + MonthDayPattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredMonthDayRegex();

    // Prechecks of the numeric forms, which are anchored on their first separator right after the leading digits (the
    // anchors' FollowsDigit skips separators that follow no digit): each reads the pattern's next few characters. A
    // digit before the separator is the pattern's \d or [0-9]; after it, ASCII [0-9].
    private static bool IsAsciiDigitAt(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length && char.IsAsciiDigit(text[i]);

    // "2024-03-15T14:30": the dash after four digits, two digits, a dash, two digits, 'T' or a space, two digits, ':'.
    private static bool IsFirstTimestampDash(ReadOnlySpan<char> text, int dash) =>
        dash + 9 < text.Length && IsAsciiDigitAt(text, dash + 1) && IsAsciiDigitAt(text, dash + 2) && text[dash + 3] == '-'
        && IsAsciiDigitAt(text, dash + 4) && IsAsciiDigitAt(text, dash + 5) && text[dash + 6] is 'T' or ' '
        && IsAsciiDigitAt(text, dash + 7) && IsAsciiDigitAt(text, dash + 8) && text[dash + 9] == ':';

    // "31.01.2024", "2024-1-31": a digit on each side of the first separator, and the same separator after one or two digits.
    private static bool IsFirstDateSeparator(ReadOnlySpan<char> text, int separator)
    {
        if (separator == 0 || !char.IsDigit(text[separator - 1]) || !IsAsciiDigitAt(text, separator + 1) || separator + 2 >= text.Length)
        {
            return false;
        }

        var mark = text[separator];
        return text[separator + 2] == mark || (IsAsciiDigitAt(text, separator + 2) && separator + 3 < text.Length && text[separator + 3] == mark);
    }

    // "5/2021": a digit before the separator and four after it.
    private static bool IsMonthYearSeparator(ReadOnlySpan<char> text, int separator) =>
        separator > 0 && char.IsDigit(text[separator - 1]) && IsAsciiDigitAt(text, separator + 1) && IsAsciiDigitAt(text, separator + 2)
        && IsAsciiDigitAt(text, separator + 3) && IsAsciiDigitAt(text, separator + 4);

    // "5/21": a digit on each side of the slash.
    private static bool IsMonthDaySlash(ReadOnlySpan<char> text, int slash) =>
        slash > 0 && char.IsDigit(text[slash - 1]) && IsAsciiDigitAt(text, slash + 1);
}
