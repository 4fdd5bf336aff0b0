using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Anonymizer.Analysis;

/// <summary>
/// Values that are never reported, whatever recognizer found them: exact strings (ordinal, or ignoring case) and
/// regular expressions that must match the whole matched text.
/// </summary>
public sealed class AllowList
{
    private readonly FrozenSet<string> _exact;
    private readonly Regex[] _patterns;

    /// <summary>Creates an allow list.</summary>
    /// <param name="exact">Values never reported.</param>
    /// <param name="patterns">Regular expressions; a match whose whole text matches one is never reported.</param>
    /// <param name="ignoreCase">Whether exact values compare ignoring case.</param>
    public AllowList(IEnumerable<string> exact, IEnumerable<string> patterns, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentNullException.ThrowIfNull(patterns);
        _exact = exact.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _patterns = [.. patterns.Select(UserRegex.CompileWhole)];
    }

    /// <summary>An allow list that allows nothing.</summary>
    public static AllowList Empty { get; } = new([], []);

    /// <summary>Whether the list has no entries.</summary>
    public bool IsEmpty => _exact.Count == 0 && _patterns.Length == 0;

    /// <summary>Whether <paramref name="value"/> is allowed (must not be reported).</summary>
    public bool Allows(ReadOnlySpan<char> value)
    {
        if (_exact.Count > 0 && _exact.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value))
        {
            return true;
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.IsMatch(value))
            {
                return true;
            }
        }

        return false;
    }
}
