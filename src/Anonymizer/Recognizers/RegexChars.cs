using System.Globalization;

namespace Anonymizer.Recognizers;

/// <summary>Character classes of the .NET regex engine, exactly, for anchors and prechecks that must agree with it.</summary>
internal static class RegexChars
{
    /// <summary>
    /// Whether <paramref name="c"/> is matched by <c>\w</c>: a letter of any kind, a non-spacing mark, a decimal digit or
    /// connector punctuation (RegexCharsTests checks this against the engine for every UTF-16 code unit).
    /// </summary>
    internal static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }
}
