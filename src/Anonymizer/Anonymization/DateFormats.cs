using System.Globalization;

namespace Anonymizer.Anonymization;

/// <summary>
/// Parses the common written forms of a date (ISO, numeric with slashes, dashes or dots, month names) and remembers
/// which form matched, so a changed date can be written back in the same form. Invariant culture (English month names).
/// </summary>
internal static class DateFormats
{
    private static readonly string[] Iso =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.fff", "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", "yyyy-MM-dd'T'HH:mm:ss.fffzzz",
        "yyyy-MM-dd'T'HH:mm:ss.ffffff", "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", "yyyy-MM-dd'T'HH:mm:ss.ffffffzzz",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd",
    ];

    private static readonly string[] MonthFirst =
    [
        "MM/dd/yyyy", "M/d/yyyy", "MM-dd-yyyy", "M-d-yyyy", "MM/dd/yy", "M/d/yy", "MM/dd/yyyy HH:mm", "M/d/yyyy h:mm tt",
    ];

    private static readonly string[] DayFirst =
    [
        "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yy", "d/M/yy", "dd/MM/yyyy HH:mm",
    ];

    private static readonly string[] Always =
    [
        "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yy",
        "MMMM d, yyyy", "MMMM dd, yyyy", "MMM d, yyyy", "MMM dd, yyyy", "MMM. d, yyyy", "dddd, MMMM d, yyyy",
        "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "dd MMM yyyy", "d MMM. yyyy",
        "MMMM yyyy", "MMM yyyy",
    ];

    private static readonly string[] MonthFirstOrder = [.. Iso, .. MonthFirst, .. DayFirst, .. Always];
    private static readonly string[] DayFirstOrder = [.. Iso, .. DayFirst, .. MonthFirst, .. Always];

    /// <summary>Parses <paramref name="value"/>; <paramref name="format"/> is the form that matched.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, bool dayFirst, out DateTimeOffset date, out string format)
    {
        var trimmed = value.Trim();
        foreach (var candidate in dayFirst ? DayFirstOrder : MonthFirstOrder)
        {
            if (DateTimeOffset.TryParseExact(trimmed, candidate, CultureInfo.InvariantCulture,
                    DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out date))
            {
                format = candidate;
                return true;
            }
        }

        date = default;
        format = string.Empty;
        return false;
    }

    /// <summary>Writes <paramref name="date"/> in <paramref name="format"/>, keeping the original offset when the format shows one.</summary>
    public static string Format(DateTimeOffset date, string format) =>
        date.ToString(format, CultureInfo.InvariantCulture);
}
