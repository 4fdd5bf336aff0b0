using Anonymizer.Analysis;
using Anonymizer.Recognizers.Generic;
using Anonymizer.Tests.Support;
using Anonymizer.Validation;

namespace Anonymizer.Tests.Recognizers.Generic;

public sealed class DateRecognizerTests
{
    private static readonly Recognizer Recognizer = DateRecognizer.Create();

    [Theory]
    [InlineData("Today is 2021-05-21", 9, 19, 0.6)]
    [InlineData("Today is 5-20-2021", 9, 18, 0.6)]
    [InlineData("Today is 5/20/2021", 9, 18, 0.6)]
    [InlineData("Today is 31/01/2024.", 9, 19, 0.6)]
    [InlineData("Today is 21.5.2021", 9, 18, 0.6)]
    [InlineData("Today is 21.5.21", 9, 16, 0.6)]
    [InlineData("Today is 05/21/21", 9, 17, 0.6)]
    [InlineData("Today is 5-MAY-2021", 9, 19, 0.6)]
    [InlineData("Today is 21-May", 9, 15, 0.6)]
    [InlineData("Today is May-2021", 9, 17, 0.6)]
    [InlineData("born January 5, 2024 at home", 5, 20, 0.6)]
    [InlineData("on 5 Jan 2024.", 3, 13, 0.6)]
    [InlineData("since Jan 2024", 6, 14, 0.6)]
    [InlineData("on Sept. 3rd, 2023", 3, 18, 0.6)]
    [InlineData("Today is 2024-06-05T09:15:30.500-07:00 or not?", 9, 38, 0.6)]
    [InlineData("Today is,2024-03-15T14:30:00.123456Z or not?", 9, 36, 0.6)]
    [InlineData("2024-03-15T14:30Z", 0, 17, 0.6)]
    [InlineData("at 14:30 sharp", 3, 8, 0.5)]
    [InlineData("at 2:30 pm", 3, 10, 0.5)]
    [InlineData("at 23:59:59", 3, 11, 0.5)]
    [InlineData("at 9am.", 3, 7, 0.5)]
    [InlineData("Today is 5/2021", 9, 15, 0.2)]
    [InlineData("Today is 05/21", 9, 14, 0.1)]
    [InlineData("Today is,5/21,and it's sunny", 9, 13, 0.1)]
    [InlineData("Feb 29, 2024", 0, 12, 0.6)]
    public void Finds_dates_and_times(string text, int start, int end, double score)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.Equal(score, RecognizerAssert.Run(Recognizer, text).Max(m => m.Score));
    }

    [Theory]
    [InlineData("2024-13-01")]            // month 13
    [InlineData("2024-02-30")]            // 30 February
    [InlineData("Feb 29, 2023")]          // not a leap year
    [InlineData("31.04.2024")]            // 31 April
    [InlineData("32/01/2024")]
    [InlineData("13/13/2024")]
    [InlineData("25:00")]
    [InlineData("12:60")]
    [InlineData("13 pm")]
    [InlineData("Today is5/21")]
    [InlineData("Today is2024-06-05T09:15:30.500-07:00")]
    [InlineData("version 1.2.3 and 10.0.0.1")]
    [InlineData("call 440-600-5124")]
    [InlineData("MAC 00:11:22:33:44:55")]
    [InlineData("you may 5 times")]       // lower-case "may" is a verb
    [InlineData("no dates")]
    public void Rejects_non_dates(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Theory]
    [InlineData(2024, 2, 29, true)]
    [InlineData(2023, 2, 29, false)]
    [InlineData(-1, 2, 29, true)]
    [InlineData(2024, 4, 31, false)]
    [InlineData(2024, 0, 1, false)]
    [InlineData(2024, 12, 31, true)]
    public void Calendar(int year, int month, int day, bool valid) => Assert.Equal(valid, CalendarDates.IsValidDate(year, month, day));

    [Theory]
    [InlineData("January", 1)]
    [InlineData("jan", 1)]
    [InlineData("Sept.", 9)]
    [InlineData("SEP", 9)]
    [InlineData("Decem", 0)]
    [InlineData("Ma", 0)]
    public void Month_names(string word, int month) => Assert.Equal(month, CalendarDates.MonthFromName(word));

    [Theory]
    [InlineData("14:30", true)]
    [InlineData("2:30 pm", true)]
    [InlineData("09:15:30.500-07:00", true)]
    [InlineData("14:30Z", true)]
    [InlineData("24:00", false)]
    [InlineData("0:00 am", false)]
    [InlineData("10:00+15:00", false)]
    public void Times(string time, bool valid) => Assert.Equal(valid, CalendarDates.IsValidTime(time));
}
