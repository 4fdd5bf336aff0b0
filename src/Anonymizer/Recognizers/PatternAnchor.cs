using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers;

/// <summary>
/// Whether a match of a pattern can have the anchor occurrence at <paramref name="anchor"/> in <paramref name="text"/> as
/// its first anchor (see <see cref="PatternAnchor.Precheck"/>); <see langword="false"/> only when none can.
/// </summary>
/// <param name="text">The whole text.</param>
/// <param name="anchor">The index of the anchor character, or of the first character of the anchor word.</param>
public delegate bool AnchorPrecheck(ReadOnlySpan<char> text, int anchor);

/// <summary>
/// A faster way to find the matches of a <see cref="RegexPattern"/> whose leading part gives the regex engine no cheap
/// search: every match contains an anchor character (a '.' for a domain, a ':' for an IPv6 address) after at most
/// <see cref="MaxPrefixLength"/> characters, all accepted by <see cref="IsPrefixChar"/>. The scan looks for anchor
/// characters with a vectorized search, walks back over the possible prefix, and tries <see cref="AnchoredRegex"/>
/// (the pattern with a leading <c>\G</c>) at each possible start, left to right: the same matches as enumerating the
/// pattern over the text, at a cost that depends on the anchor characters rather than on every position.
/// </summary>
public sealed record PatternAnchor
{
    /// <summary>Creates an anchor.</summary>
    /// <param name="anchors">Characters of which every match contains at least one.</param>
    /// <param name="isPrefixChar">Whether a character may come before the first anchor character inside a match.</param>
    /// <param name="maxPrefixLength">The most characters a match can have before its first anchor character.</param>
    /// <param name="anchoredRegex">The pattern's expression with a leading <c>\G</c> and the same options, bounded likewise.</param>
    public PatternAnchor(SearchValues<char> anchors, Func<char, bool> isPrefixChar, int maxPrefixLength, Regex anchoredRegex)
        : this(isPrefixChar, maxPrefixLength, anchoredRegex)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        Anchors = anchors;
    }

    /// <summary>
    /// Creates an anchor on one to <see cref="MaxAnchorChars"/> ASCII characters given as a string, which also allows
    /// <see cref="FollowsDigit"/>.
    /// </summary>
    /// <param name="anchorChars">Characters of which every match contains at least one.</param>
    /// <param name="isPrefixChar">Whether a character may come before the first anchor character inside a match.</param>
    /// <param name="maxPrefixLength">The most characters a match can have before its first anchor character.</param>
    /// <param name="anchoredRegex">The pattern's expression with a leading <c>\G</c> and the same options, bounded likewise.</param>
    public PatternAnchor(string anchorChars, Func<char, bool> isPrefixChar, int maxPrefixLength, Regex anchoredRegex)
        : this(SearchValues.Create(Checked(anchorChars)), isPrefixChar, maxPrefixLength, anchoredRegex)
    {
        _anchorChars = anchorChars;
        _punctuationMask = PunctuationIndex.MaskOf(anchorChars, afterDigit: false);
    }

    /// <summary>The most anchor characters <see cref="PatternAnchor(string, Func{char, bool}, int, Regex)"/> takes.</summary>
    public const int MaxAnchorChars = 4;

    private static string Checked(string anchorChars)
    {
        ArgumentNullException.ThrowIfNull(anchorChars);
        if (anchorChars.Length is 0 or > MaxAnchorChars || !System.Text.Ascii.IsValid(anchorChars))
        {
            throw new ArgumentException($"An anchor given as characters needs one to {MaxAnchorChars} ASCII characters.", nameof(anchorChars));
        }

        return anchorChars;
    }

    /// <summary>Creates an anchor on words rather than characters (month names, say).</summary>
    /// <param name="anchorWords">Strings of which every match contains at least one (compared as the search values were created).</param>
    /// <param name="isPrefixChar">Whether a character may come before the first anchor word inside a match.</param>
    /// <param name="maxPrefixLength">The most characters a match can have before its first anchor word.</param>
    /// <param name="anchoredRegex">The pattern's expression with a leading <c>\G</c> and the same options, bounded likewise.</param>
    public PatternAnchor(SearchValues<string> anchorWords, Func<char, bool> isPrefixChar, int maxPrefixLength, Regex anchoredRegex)
        : this(isPrefixChar, maxPrefixLength, anchoredRegex)
    {
        ArgumentNullException.ThrowIfNull(anchorWords);
        AnchorWords = anchorWords;
    }

    private PatternAnchor(Func<char, bool> isPrefixChar, int maxPrefixLength, Regex anchoredRegex)
    {
        ArgumentNullException.ThrowIfNull(isPrefixChar);
        ArgumentNullException.ThrowIfNull(anchoredRegex);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPrefixLength);
        if (!anchoredRegex.ToString().StartsWith(@"\G", StringComparison.Ordinal))
        {
            throw new ArgumentException("The anchored expression must start with \\G.", nameof(anchoredRegex));
        }

        if (!RegexPattern.IsBounded(anchoredRegex))
        {
            throw new ArgumentException("The anchored expression needs a match timeout, RegexOptions.NonBacktracking or bounded backtracking (see RegexPattern.IsBounded).", nameof(anchoredRegex));
        }

        IsPrefixChar = isPrefixChar;
        MaxPrefixLength = maxPrefixLength;
        AnchoredRegex = anchoredRegex;
        _firstChars = RegexShape.Of(anchoredRegex)?.FirstChars;
    }

    // The characters a match can start with, when the pattern can be read: other positions are not tried.
    private readonly CharAlphabet? _firstChars;

    /// <summary>Characters of which every match contains at least one, or <see langword="null"/> for a word anchor.</summary>
    public SearchValues<char>? Anchors { get; }

    /// <summary>Strings of which every match contains at least one, or <see langword="null"/> for a character anchor.</summary>
    public SearchValues<string>? AnchorWords { get; }

    /// <summary>Whether a character may come before the first anchor character inside a match.</summary>
    public Func<char, bool> IsPrefixChar { get; }

    /// <summary>The most characters a match can have before its first anchor character.</summary>
    public int MaxPrefixLength { get; }

    /// <summary>
    /// Optional: whether a match may start right after this character. Most patterns open with a look-behind that no
    /// prefix character passes (a domain starts after no letter or digit), so this spares the regex most positions the
    /// walk back passes. It is asked at every position tried that has a character before it, the walk back's first
    /// included, so it must return <see langword="true"/> for every character a match can follow; <see langword="null"/>
    /// tries every position.
    /// </summary>
    public Func<char, bool>? CanStartAfter { get; init; }

    /// <summary>
    /// Optional: the fewest characters a match has before its first anchor (0 by default); positions closer to the
    /// anchor are not tried.
    /// </summary>
    public int MinPrefixLength
    {
        get => _minPrefixLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxPrefixLength);
            _minPrefixLength = value;
        }
    }

    private readonly int _minPrefixLength;

    /// <summary>
    /// Optional: a cheap look at the text around an anchor occurrence that returns <see langword="false"/> when no match
    /// can have it as its first anchor (for a MAC address, the characters after the first colon must be two hex digits
    /// and the same separator). It must return <see langword="true"/> for every occurrence a match can start from;
    /// <see langword="null"/> tries them all.
    /// </summary>
    public AnchorPrecheck? Precheck { get; init; }

    /// <summary>
    /// Optional: the first anchor character of every match comes right after a digit (<c>\d</c>: "5/21", "10.0.0.1").
    /// The search then stops only at anchor characters right after an ASCII digit or a character above U+007F (which
    /// may be a digit of another script), testing sixteen positions at a time: in running text and mail most dots,
    /// dashes and slashes follow letters, and stopping at each of them cost more than the regex tried after. Needs the
    /// anchor characters given as a string (<see cref="PatternAnchor(string, Func{char, bool}, int, Regex)"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">Set on an anchor not created from a string of characters.</exception>
    public bool FollowsDigit
    {
        get => _followsDigit;
        init
        {
            if (value && _anchorChars is null)
            {
                throw new InvalidOperationException("FollowsDigit needs the anchor characters given as a string.");
            }

            _followsDigit = value;
            _punctuationMask = _anchorChars is null ? 0 : PunctuationIndex.MaskOf(_anchorChars, value);
        }
    }

    // The anchor characters as given to the string constructor (the search values cannot list theirs), for the
    // sixteen-at-a-time compares of FollowsDigit.
    private readonly string? _anchorChars;
    private readonly bool _followsDigit;

    // The lists of the analysis's PunctuationIndex that hold this anchor's stops, or 0 when its characters are not all
    // indexed and it searches the text itself.
    private readonly int _punctuationMask;

    /// <summary>Whether this anchor's stops can be read from the analysis's <see cref="PunctuationIndex"/>.</summary>
    internal bool UsesPunctuationIndex => _punctuationMask != 0;

    /// <summary>The pattern's expression with a leading <c>\G</c>: tried at one position only.</summary>
    public Regex AnchoredRegex { get; }

    /// <summary>
    /// The next match at or after <paramref name="position"/>, as the pattern's own leftmost search would find it, or
    /// <see langword="false"/> when none is left.
    /// </summary>
    /// <param name="text">The whole text (look-behinds see before <paramref name="position"/>).</param>
    /// <param name="position">Where the search starts.</param>
    /// <param name="index">The start of the match.</param>
    /// <param name="length">Its length.</param>
    public bool TryFindNext(ReadOnlySpan<char> text, int position, out int index, out int length)
    {
        var cursor = default(PunctuationCursor);
        return TryFindNext(text, position, null, ref cursor, out index, out length);
    }

    /// <summary>
    /// <see cref="TryFindNext(ReadOnlySpan{char}, int, out int, out int)"/>, reading the anchor's stops from
    /// <paramref name="punctuation"/> (the text's index, when <see cref="UsesPunctuationIndex"/>) rather than searching
    /// the text; <paramref name="cursor"/> carries the walk through it from one call to the next.
    /// </summary>
    internal bool TryFindNext(ReadOnlySpan<char> text, int position, PunctuationIndex? punctuation, ref PunctuationCursor cursor, out int index, out int length)
    {
        while (position <= text.Length)
        {
            var anchor = punctuation is not null && _punctuationMask != 0
                ? punctuation.Next(_punctuationMask, _followsDigit, position, ref cursor)
                : NextAnchor(text, position);
            if (anchor < 0)
            {
                break;
            }

            if (Precheck is not null && !Precheck(text, anchor))
            {
                position = anchor + 1;
                continue;
            }

            var start = anchor;
            var limit = Math.Max(position, anchor - MaxPrefixLength);
            while (start > limit && IsPrefixChar(text[start - 1]))
            {
                start--;
            }

            for (var s = start; s <= anchor - _minPrefixLength; s++)
            {
                if ((s > 0 && CanStartAfter is not null && !CanStartAfter(text[s - 1])) || (_firstChars is not null && !_firstChars.Contains(text[s])))
                {
                    continue;
                }

                foreach (var match in AnchoredRegex.EnumerateMatches(text, s))
                {
                    if (match.Length > 0)
                    {
                        index = match.Index;
                        length = match.Length;
                        return true;
                    }

                    break;
                }
            }

            position = anchor + 1;
        }

        index = 0;
        length = 0;
        return false;
    }

    // The next anchor occurrence at or after position (with FollowsDigit, only those right after a digit-like character).
    private int NextAnchor(ReadOnlySpan<char> text, int position)
    {
        if (!_followsDigit)
        {
            var next = Anchors is not null ? text[position..].IndexOfAny(Anchors) : text[position..].IndexOfAny(AnchorWords!);
            return next < 0 ? -1 : position + next;
        }

        var chars = _anchorChars!;
        // An anchor at position 0 follows no digit.
        var i = Math.Max(position, 1);
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var a0 = Vector256.Create((ushort)chars[0]);
            var a1 = Vector256.Create((ushort)chars[Math.Min(1, chars.Length - 1)]);
            var a2 = Vector256.Create((ushort)chars[Math.Min(2, chars.Length - 1)]);
            var a3 = Vector256.Create((ushort)chars[^1]);
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var current = Vector256.LoadUnsafe(ref first, (nuint)i);
                var before = Vector256.LoadUnsafe(ref first, (nuint)(i - 1));
                var anchors = Vector256.Equals(current, a0) | Vector256.Equals(current, a1) | Vector256.Equals(current, a2) | Vector256.Equals(current, a3);
                var digitLike = Vector256.LessThan(before - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10))
                    | Vector256.GreaterThan(before, Vector256.Create((ushort)127));
                var hits = (anchors & digitLike).ExtractMostSignificantBits();
                if (hits != 0)
                {
                    return i + BitOperations.TrailingZeroCount(hits);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            var before = text[i - 1];
            if (chars.Contains(text[i], StringComparison.Ordinal) && (char.IsAsciiDigit(before) || before > '\u007F'))
            {
                return i;
            }
        }

        return -1;
    }
}
