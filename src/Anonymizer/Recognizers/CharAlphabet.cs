namespace Anonymizer.Recognizers;

/// <summary>
/// A set of characters: exact over ASCII (a 128-bit map), one flag for every character beyond it. It describes what a
/// regular expression can consume (see <see cref="RegexShape"/>), so that a scan can skip every place of a text where
/// a character outside the set stands between the digits a match would need. Immutable.
/// </summary>
internal sealed class CharAlphabet : IEquatable<CharAlphabet>
{
    internal CharAlphabet(ulong low, ulong high, bool nonAscii)
    {
        Low = low;
        High = high;
        NonAscii = nonAscii;
    }

    /// <summary>Characters 0–63.</summary>
    internal ulong Low { get; }

    /// <summary>Characters 64–127.</summary>
    internal ulong High { get; }

    /// <summary>Whether any character above U+007F may be in the set.</summary>
    internal bool NonAscii { get; }

    /// <summary>Whether <paramref name="c"/> may be in the set.</summary>
    internal bool Contains(char c) => c switch
    {
        < (char)64 => ((Low >> c) & 1) != 0,
        < (char)128 => ((High >> (c - 64)) & 1) != 0,
        _ => NonAscii,
    };

    /// <summary>Whether every character of a set given as ASCII maps and a non-ASCII flag lies in this one.</summary>
    internal bool Covers(ulong low, ulong high, bool nonAscii) =>
        (low & ~Low) == 0 && (high & ~High) == 0 && (!nonAscii || NonAscii);

    /// <inheritdoc />
    public bool Equals(CharAlphabet? other) =>
        other is not null && other.Low == Low && other.High == High && other.NonAscii == NonAscii;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CharAlphabet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Low, High, NonAscii);

    /// <inheritdoc />
    public override string ToString()
    {
        var chars = new System.Text.StringBuilder();
        for (var c = (char)32; c < 127; c++)
        {
            if (Contains(c))
            {
                chars.Append(c);
            }
        }

        return NonAscii ? chars + " + non-ASCII" : chars.ToString();
    }
}
