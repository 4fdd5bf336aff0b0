namespace Anonymizer.Analysis;

/// <summary>
/// Collects the matches recognizers report for one text. Reusable: <see cref="Clear"/> keeps the buffer, so a
/// scan loop that reuses one sink allocates nothing per match.
/// </summary>
public sealed class MatchSink
{
    private PiiMatch[] _items;

    /// <summary>Creates an empty sink.</summary>
    /// <param name="capacity">Initial capacity.</param>
    public MatchSink(int capacity = 16) => _items = new PiiMatch[Math.Max(capacity, 4)];

    /// <summary>Number of matches collected.</summary>
    public int Count { get; private set; }

    /// <summary>The collected matches.</summary>
    public ReadOnlySpan<PiiMatch> Matches => _items.AsSpan(0, Count);

    /// <summary>Adds one match.</summary>
    public void Add(in PiiMatch match)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = match;
    }

    /// <summary>Removes all matches, keeping the buffer.</summary>
    public void Clear() => Count = 0;

    /// <summary>Copies the collected matches into a new array.</summary>
    public PiiMatch[] ToArray() => Matches.ToArray();

    /// <summary>How many matches the buffer holds before it grows.</summary>
    internal int Capacity => _items.Length;

    internal Span<PiiMatch> WritableMatches => _items.AsSpan(0, Count);

    internal void Truncate(int count) => Count = count;
}
