namespace Anonymizer.Validation;

/// <summary>
/// Calendar checks for date and time candidates written in the common numeric and English month-name forms: month
/// 1–12, day within the month (29 February only in leap years), hour 0–23 (1–12 with am/pm), minutes and seconds 0–59.
/// </summary>
public static class CalendarDates
{
    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>Whether year/month/day form a real date. A year of -1 means unknown (29 February allowed).</summary>
    public static bool IsValidDate(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        return day <= (year < 0 ? MaxDays(month) : DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month));
    }

    /// <summary>
    /// The month (1–12) named by <paramref name="word"/> ("January", "Jan", "Jan.", "SEPT", case-insensitive), or 0.
    /// </summary>
    public static int MonthFromName(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length < 3)
        {
            return 0;
        }

        var names = MonthNames;
        for (var m = 0; m < names.Length; m++)
        {
            var name = names[m].AsSpan();
            if (word.Length <= name.Length && name.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (word.Length == 3 || word.Length == name.Length || (m == 8 && word.Length == 4)))
            {
                return m + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Checks a date/time candidate: its numbers and month name are read in order and must form a real date and
    /// time in at least one of the usual orders (year-month-day, day-month-year, month-day-year).
    /// </summary>
    public static bool IsPlausible(ReadOnlySpan<char> candidate)
    {
        if (!System.Text.Ascii.IsValid(candidate))
        {
            return false;
        }

        // Split off a time part: from 'T' after a digit, or from the first number followed by ':'.
        var timeStart = -1;
        for (var i = 1; i < candidate.Length; i++)
        {
            if (candidate[i] == 'T' && char.IsAsciiDigit(candidate[i - 1]))
            {
                timeStart = i + 1;
                break;
            }
        }

        if (timeStart < 0)
        {
            var colon = candidate.IndexOf(':');
            if (colon >= 0)
            {
                timeStart = colon;
                while (timeStart > 0 && char.IsAsciiDigit(candidate[timeStart - 1]))
                {
                    timeStart--;
                }
            }
        }

        if (timeStart < 0 && EndsWithMeridiem(candidate))
        {
            return IsValidTime(candidate);
        }

        var datePart = timeStart >= 0 ? candidate[..Math.Max(0, timeStart - (timeStart > 0 && candidate[timeStart - 1] == 'T' ? 1 : 0))] : candidate;
        var timePart = timeStart >= 0 ? candidate[timeStart..] : [];
        if (!timePart.IsEmpty && !IsValidTime(timePart))
        {
            return false;
        }

        datePart = datePart.Trim(" ,");
        if (datePart.IsEmpty)
        {
            return timeStart >= 0;
        }

        Span<int> numbers = stackalloc int[3];
        Span<int> widths = stackalloc int[3];
        var count = 0;
        var month = 0;
        var separator = '\0';
        var i2 = 0;
        while (i2 < datePart.Length)
        {
            var c = datePart[i2];
            if (char.IsAsciiDigit(c))
            {
                var start = i2;
                var value = 0;
                while (i2 < datePart.Length && char.IsAsciiDigit(datePart[i2]))
                {
                    value = (value * 10) + (datePart[i2] - '0');
                    i2++;
                    if (i2 - start > 4)
                    {
                        return false;
                    }
                }

                if (count == 3)
                {
                    return false;
                }

                numbers[count] = value;
                widths[count++] = i2 - start;
            }
            else if (char.IsAsciiLetter(c))
            {
                var start = i2;
                while (i2 < datePart.Length && (char.IsAsciiLetter(datePart[i2]) || datePart[i2] == '.'))
                {
                    i2++;
                }

                var word = datePart[start..i2];
                if (count > 0 && widths[count - 1] <= 2 && word.Length == 2 && IsOrdinalSuffix(word))
                {
                    continue;
                }

                var m = MonthFromName(word);
                if (m == 0 || month != 0 || char.IsAsciiLetterLower(word[0]))
                {
                    return false;
                }

                month = m;
            }
            else
            {
                if (separator == '\0' && c is '/' or '-' or '.')
                {
                    separator = c;
                }

                i2++;
            }
        }

        return month != 0 ? IsValidWithMonthName(month, numbers[..count], widths[..count]) : IsValidNumeric(numbers[..count], widths[..count], separator);
    }

    private static bool IsValidWithMonthName(int month, ReadOnlySpan<int> numbers, ReadOnlySpan<int> widths)
    {
        var year = -1;
        var day = -1;
        for (var i = 0; i < numbers.Length; i++)
        {
            if (widths[i] == 4 || (day >= 0 && widths[i] == 2))
            {
                if (year >= 0)
                {
                    return false;
                }

                year = widths[i] == 4 ? numbers[i] : 2000 + numbers[i];
            }
            else if (day < 0 && widths[i] <= 2)
            {
                day = numbers[i];
            }
            else
            {
                return false;
            }
        }

        if (day < 0)
        {
            return true;
        }

        // "May-21" may be a day or a two-digit year: either reading will do.
        return IsValidDate(year, month, day) || (numbers.Length == 1 && widths[0] == 2);
    }

    private static bool IsValidNumeric(ReadOnlySpan<int> n, ReadOnlySpan<int> w, char separator)
    {
        if (n.Length == 3)
        {
            if (w[0] == 4)
            {
                return w[1] <= 2 && w[2] <= 2 && IsValidDate(n[0], n[1], n[2]);
            }

            if (w[0] > 2 || w[1] > 2 || w[2] is not (2 or 4))
            {
                return false;
            }

            var year = w[2] == 4 ? n[2] : 2000 + n[2];
            var dayFirst = IsValidDate(year, n[1], n[0]);
            return separator == '.' ? dayFirst : dayFirst || IsValidDate(year, n[0], n[1]);
        }

        if (n.Length == 2)
        {
            if (w[1] == 4)
            {
                return w[0] <= 2 && n[0] is >= 1 and <= 12;
            }

            if (w[0] == 4)
            {
                return w[1] <= 2 && n[1] is >= 1 and <= 12;
            }

            return w[0] <= 2 && w[1] <= 2 && (IsValidDate(-1, n[0], n[1]) || IsValidDate(-1, n[1], n[0]));
        }

        return false;
    }

    /// <summary>Whether <paramref name="time"/> ("14:30", "2:30:15 pm", "09:15:30.500-07:00", "14:30Z") is a real time of day.</summary>
    public static bool IsValidTime(ReadOnlySpan<char> time)
    {
        var i = 0;
        var hour = ReadNumber(time, ref i, out var hourDigits);
        if (hourDigits is 0 or > 2)
        {
            return false;
        }

        var minute = -1;
        var second = -1;
        if (i < time.Length && time[i] == ':')
        {
            i++;
            minute = ReadNumber(time, ref i, out var d);
            if (d != 2)
            {
                return false;
            }

            if (i < time.Length && time[i] == ':')
            {
                i++;
                second = ReadNumber(time, ref i, out d);
                if (d != 2)
                {
                    return false;
                }
            }
        }

        var rest = time[i..];
        var meridiem = rest.IndexOfAny('a', 'A') >= 0 || rest.IndexOfAny('p', 'P') >= 0;
        if (meridiem ? hour is < 1 or > 12 : hour > 23)
        {
            return false;
        }

        if (minute > 59 || second > 60)
        {
            return false;
        }

        // A zone offset such as +02:00 or -0700.
        var sign = rest.IndexOfAny('+', '-');
        if (sign >= 0)
        {
            var j = sign + 1;
            var offsetHour = ReadNumber(rest, ref j, out var digits);
            if (digits == 4)
            {
                return offsetHour / 100 <= 14 && offsetHour % 100 <= 59;
            }

            if (digits != 2 || offsetHour > 14)
            {
                return false;
            }

            if (j < rest.Length && rest[j] == ':')
            {
                j++;
                return ReadNumber(rest, ref j, out digits) <= 59 && digits == 2;
            }
        }

        return true;
    }

    private static int ReadNumber(ReadOnlySpan<char> text, ref int i, out int digits)
    {
        var value = 0;
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 9)
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        digits = i - start;
        return value;
    }

    private static bool EndsWithMeridiem(ReadOnlySpan<char> text)
    {
        Span<char> letters = stackalloc char[2];
        var n = 0;
        for (var i = text.Length - 1; i >= 0 && n < 2; i--)
        {
            if (char.IsAsciiLetter(text[i]))
            {
                letters[1 - n++] = char.ToLowerInvariant(text[i]);
            }
            else if (text[i] != '.')
            {
                return false;
            }
        }

        return n == 2 && letters[1] == 'm' && letters[0] is 'a' or 'p';
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static int MaxDays(int month) => month switch
    {
        2 => 29,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
