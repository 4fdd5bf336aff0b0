namespace Anonymizer.Recognizers;

/// <summary>
/// A promise about every match of a <see cref="PatternRecognizer"/>: it contains at least <see cref="MinDigits"/>
/// decimal digits (what <c>\d</c> matches) and is at most <see cref="MaxLength"/> characters long. With it, the
/// recognizer runs its expressions only where the text has that many digits that close together — found once per text
/// and shared by every recognizer of an analysis — instead of trying them at every digit. A hint that a real match
/// breaks (more characters, fewer digits) loses that match, so state the weakest pattern's bounds.
/// </summary>
public sealed record DigitHint
{
    /// <summary>Creates a hint.</summary>
    /// <param name="minDigits">The fewest digits any match contains (at least 1).</param>
    /// <param name="maxLength">The most characters any match spans (at least <paramref name="minDigits"/>, at most 1024).</param>
    public DigitHint(int minDigits, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minDigits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, minDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLength, MaxSupportedLength);
        MinDigits = minDigits;
        MaxLength = maxLength;
    }

    /// <summary>The longest <see cref="MaxLength"/> a hint may state; longer matches gain nothing from a hint.</summary>
    public const int MaxSupportedLength = 1024;

    /// <summary>The fewest digits any match contains.</summary>
    public int MinDigits { get; }

    /// <summary>The most characters any match spans.</summary>
    public int MaxLength { get; }

    /// <summary>Whether <paramref name="match"/> keeps the promise (used by tests and by <see cref="PatternRecognizer"/>'s checks).</summary>
    /// <param name="match">The text of one match.</param>
    public bool Admits(ReadOnlySpan<char> match)
    {
        if (match.Length > MaxLength)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in match)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
        }

        return digits >= MinDigits;
    }
}
