using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers;

/// <summary>
/// A recognizer made of named regular expressions, each with a base score, plus an optional validator that raises
/// the score of a candidate to 1.0 or rejects it, an optional invalidator, and context words. Allocation-free per
/// match: it enumerates regex matches over the span and writes them into the sink.
/// </summary>
public sealed class PatternRecognizer : Recognizer
{
    private readonly RegexPattern[] _patterns;
    private readonly CandidateValidator? _validator;
    private readonly CandidateValidator? _invalidator;
    private readonly SearchValues<char>? _triggers;
    private readonly string _entityType;
    private readonly ContextEnhancement? _contextEnhancement;
    private readonly DigitHint? _digitHint;
    private readonly RegexShape?[] _shapes;
    private readonly bool[] _wholeWords;
    private readonly bool _usesTextIndex;

    // What a text needs for each pattern to match in it at all (its length, its digits), and the least of these: on a
    // short field the fixed cost of trying each pattern outweighs its search, and most identifiers need digits.
    private readonly TextNeeds[] _needs;
    private readonly TextNeeds _leastNeeds;
    private readonly bool _needsDigits;

    /// <summary>
    /// The fewest characters and digits (what <c>\d</c> matches) a text holds when a pattern matches in it, and the fewest
    /// digits an ASCII text holds then.
    /// </summary>
    private readonly record struct TextNeeds(int Length, int Digits, int AsciiTextDigits);

    /// <summary>Creates a pattern recognizer.</summary>
    public PatternRecognizer(PatternRecognizerOptions options)
        : base(Checked(options).Name, [options.EntityType], options.ContextWords, options.EnabledByDefault, options.Country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.EntityType);
        if (options.Patterns.Count == 0)
        {
            throw new ArgumentException($"Recognizer '{options.Name}' needs at least one pattern.", nameof(options));
        }

        options.ContextEnhancement?.Validate();
        _patterns = [.. options.Patterns];
        _validator = options.Validator;
        _invalidator = options.Invalidator;
        _triggers = options.Triggers;
        _entityType = options.EntityType;
        _contextEnhancement = options.ContextEnhancement;
        _digitHint = options.DigitHint;
        _shapes = new RegexShape?[_patterns.Length];
        _wholeWords = new bool[_patterns.Length];
        for (var i = 0; i < _patterns.Length; i++)
        {
            if (_patterns[i].Anchor is null)
            {
                _shapes[i] = RegexShape.Of(_patterns[i].Regex);
                _wholeWords[i] = _shapes[i] is { WholeWord: true, MaxLength: not null, MinLength: > 0 } shape
                    && (shape.MinDigits > 0 || shape.MinLength >= WordIndex.AllWordsFrom);
            }
        }

        _needs = new TextNeeds[_patterns.Length];
        for (var i = 0; i < _patterns.Length; i++)
        {
            // An anchored pattern ignores the recognizer's hint, so only its own shape vouches for it.
            var shape = _shapes[i] ?? RegexShape.Of(_patterns[i].Regex);
            var hint = _patterns[i].Anchor is null ? _patterns[i].DigitHint ?? _digitHint : null;
            // The shape counts the digit-only parts of the pattern, which over characters above U+007F may match numbers
            // that are not \d ('²' for \p{N}): its count holds for any text when the pattern matches only ASCII, and
            // for ASCII texts otherwise.
            var hintDigits = hint?.MinDigits ?? 0;
            var digits = Math.Max(hintDigits, shape?.MinDigits ?? 0);
            _needs[i] = new TextNeeds(shape?.MinLength ?? 0, shape is { Alphabet.NonAscii: true } ? hintDigits : digits, digits);
        }

        _leastNeeds = new TextNeeds(_needs.Min(n => n.Length), _needs.Min(n => n.Digits), _needs.Min(n => n.AsciiTextDigits));
        _needsDigits = _needs.Any(n => n.AsciiTextDigits > 0);
        _usesTextIndex = _needsDigits || _digitHint is not null || _wholeWords.Any(w => w) || _patterns.Any(p => p.DigitHint is not null && p.Anchor is null);
        Validation = options.Validation;
    }

    /// <summary>What the validator checks, in a few words (see <see cref="PatternRecognizerOptions.Validation"/>).</summary>
    public string? Validation { get; }

    /// <summary>The patterns of this recognizer.</summary>
    public IReadOnlyList<RegexPattern> Patterns => _patterns;

    /// <inheritdoc />
    public override ContextEnhancement? ContextEnhancement => _contextEnhancement;

    /// <summary>
    /// The digit hint of this recognizer's patterns (see <see cref="PatternRecognizerOptions.DigitHint"/>), if any; a
    /// pattern's own <see cref="RegexPattern.DigitHint"/> takes precedence.
    /// </summary>
    public DigitHint? DigitHint => _digitHint;

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
    {
        if (!_usesTextIndex)
        {
            Scan(text, null, sink);
            return;
        }

        var index = TextIndex.Rent();
        try
        {
            Scan(text, index, sink);
        }
        finally
        {
            TextIndex.Return(index);
        }
    }

    /// <inheritdoc />
    internal override void Analyze(ReadOnlySpan<char> text, TextIndex index, MatchSink sink) => Scan(text, index, sink);

    /// <summary>Scans <paramref name="text"/> whole, ignoring the digit hint (tests compare it with the hinted scan).</summary>
    internal void AnalyzeWithoutHint(ReadOnlySpan<char> text, MatchSink sink) => Scan(text, null, sink);

    private void Scan(ReadOnlySpan<char> text, TextIndex? index, MatchSink sink)
    {
        var digits = _needsDigits && index is not null ? index.DigitCount(text) : int.MaxValue;
        if (!CanHold(_leastNeeds, text, digits, index) || (_triggers is not null && !text.ContainsAny(_triggers)))
        {
            return;
        }

        ReadOnlySpan<int> positions = default;
        var indexed = _usesTextIndex && index is not null && index.TryGetPositions(text, out positions);
        for (var p = 0; p < _patterns.Length; p++)
        {
            if (!CanHold(_needs[p], text, digits, index))
            {
                continue;
            }

            var pattern = _patterns[p];
            var hint = pattern.DigitHint ?? _digitHint;
            if (pattern.Anchor is { } anchor)
            {
                // Anchored scans try the regex only at a few positions, each a short \G-anchored step.
                var position = 0;
                var punctuation = anchor.UsesPunctuationIndex ? index?.PunctuationOf(text) : null;
                var cursor = default(PunctuationCursor);
                while (anchor.TryFindNext(text, position, punctuation, ref cursor, out var start, out var length))
                {
                    Emit(text, start, length, pattern, sink);
                    position = start + length;
                }
            }
            else if (_wholeWords[p] && index is not null)
            {
                ScanWords(text, index.WordsOf(text), _shapes[p]!, hint, pattern, sink);
            }
            else if (indexed && hint is not null)
            {
                ScanDigitDenseRegions(text, positions, hint, _shapes[p]?.Alphabet, pattern, sink);
            }
            else
            {
                ScanRange(text, 0, text.Length, Lookahead, Margin, pattern, sink, floor: 0);
            }
        }
    }

    // Whether a text of this length and digit count (int.MaxValue when not counted) can hold a match of a pattern with
    // these needs; the digits an ASCII text needs are asked only when the count fell short, which means it was counted.
    private static bool CanHold(in TextNeeds needs, ReadOnlySpan<char> text, int digits, TextIndex? index) =>
        text.Length >= needs.Length && digits >= needs.Digits && (digits >= needs.AsciiTextDigits || !index!.IsAscii(text));

    /// <summary>Characters scanned per window of a long text (see <see cref="ScanRange"/>).</summary>
    internal const int Window = 1 << 16;

    /// <summary>Characters past a window's end that its scan may see, so a match near the end is found whole.</summary>
    internal const int Lookahead = 4096;

    /// <summary>A match ending this close to the end of a window's scan is matched again over the whole text.</summary>
    private const int Margin = 512;

    /// <summary>
    /// Regions of a hinted scan closer than this are scanned as one: one regex call costs about what its search
    /// skipping a few hundred characters does.
    /// </summary>
    private const int RegionMergeGap = 16;

    /// <summary>Characters of look-ahead kept past the longest hinted match (look-arounds at its end see them).</summary>
    private const int HintMargin = 32;

    /// <summary>
    /// For a pattern whose every match is one whole word (<see cref="RegexShape.WholeWord"/>): tries the expression only
    /// at the start of ASCII words of a length it can match, with as many digits as it needs and only characters it
    /// accepts; and, when the pattern can match characters above U+007F, over the mixed runs of ASCII and other word
    /// characters where the regex engine's words differ from ASCII ones. Both in text order; matches are whole words,
    /// which never overlap, so these are the whole-text scan's matches.
    /// </summary>
    private void ScanWords(ReadOnlySpan<char> text, WordIndex words, RegexShape shape, DigitHint? hint, RegexPattern pattern, MatchSink sink)
    {
        var minLength = shape.MinLength;
        var maxLength = Math.Min(shape.MaxLength!.Value, hint?.MaxLength ?? int.MaxValue);
        var minDigits = Math.Max(shape.MinDigits, hint?.MinDigits ?? 0);
        var lastBucket = Math.Min(maxLength, WordIndex.MaxBucketLength + 1);
        var nonAscii = shape.Alphabet.NonAscii;
        var mixed = nonAscii ? words.MixedRuns : default;
        ReadOnlySpan<int> candidates;
        int[]? merged = null;
        if (minLength == lastBucket)
        {
            candidates = words.OfLength(minLength);
        }
        else
        {
            // Several lengths: the words that can start a match, merged into text order (word indexes are in text order).
            var count = 0;
            for (var length = minLength; length <= lastBucket; length++)
            {
                count += words.OfLength(length).Length;
            }

            merged = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
            var kept = 0;
            for (var length = minLength; length <= lastBucket; length++)
            {
                foreach (var word in words.OfLength(length))
                {
                    if (shape.FirstChars.Contains(text[words.Start(word)]))
                    {
                        merged[kept++] = word;
                    }
                }
            }

            merged.AsSpan(0, kept).Sort();
            candidates = merged.AsSpan(0, kept);
        }

        try
        {
            var floor = 0;
            var run = 0;
            foreach (var word in candidates)
            {
                var start = words.Start(word);
                var length = words.Length(word);
                if (nonAscii)
                {
                    if (words.TouchesNonAscii(word))
                    {
                        continue;
                    }

                    for (; run * 2 < mixed.Length && mixed[run * 2] < start; run++)
                    {
                        floor = ScanMixedRun(text, words, run, minLength, maxLength, pattern, sink, floor);
                    }
                }

                if (length > maxLength || !shape.FirstChars.Contains(text[start]) || words.Digits(text, word) < minDigits
                    || !words.IsIn(text, word, shape.Alphabet))
                {
                    continue;
                }

                floor = ScanRange(text, start, start + 1, length + HintMargin, HintMargin, pattern, sink, floor);
            }

            for (; run * 2 < mixed.Length; run++)
            {
                floor = ScanMixedRun(text, words, run, minLength, maxLength, pattern, sink, floor);
            }
        }
        finally
        {
            if (merged is not null)
            {
                ArrayPool<int>.Shared.Return(merged);
            }
        }
    }

    // A mixed run long enough: every start inside it is tried. (Its digits are not counted: where the text is not ASCII,
    // classes such as \p{N} match characters that are not decimal digits.)
    private int ScanMixedRun(
        ReadOnlySpan<char> text,
        WordIndex words,
        int run,
        int minLength,
        int maxLength,
        RegexPattern pattern,
        MatchSink sink,
        int floor)
    {
        var start = words.MixedRuns[run * 2];
        var end = words.MixedRuns[(run * 2) + 1];
        if (end - start < minLength)
        {
            return floor;
        }

        return ScanRange(text, start, end, maxLength + HintMargin, HintMargin, pattern, sink, floor);
    }

    /// <summary>
    /// Scans only where a match can be: a match holds at least <c>m</c> digits within at most <c>L</c> characters, so
    /// for digits <c>i</c> and <c>i + m - 1</c> closer than <c>L</c> it starts in <c>[p[i+m-1] - L + 1, p[i]]</c>; and
    /// every character between those digits is one the pattern accepts (<paramref name="alphabet"/>, when known). Those
    /// start ranges, merged, are scanned left to right with the same floor as a whole-text scan, so the matches are the
    /// ones a whole-text scan finds. The characters between digits are each looked at once: windows only move right.
    /// </summary>
    private void ScanDigitDenseRegions(
        ReadOnlySpan<char> text,
        ReadOnlySpan<int> positions,
        DigitHint hint,
        CharAlphabet? alphabet,
        RegexPattern pattern,
        MatchSink sink)
    {
        var span = hint.MinDigits - 1;
        var maxLength = hint.MaxLength;
        var floor = 0;
        var regionStart = -1;
        var regionEnd = -1;
        var checkedTo = 0;
        var lastForeign = -1;
        for (var i = NextDenseWindow(positions, 0, span, maxLength); i >= 0; i = NextDenseWindow(positions, i + 1, span, maxLength))
        {
            var first = positions[i];
            var lastDigit = positions[i + span];
            if (alphabet is not null)
            {
                // The last character between digits that the pattern cannot match, up to this window's last digit.
                for (var c = Math.Max(checkedTo, first); c < lastDigit; c++)
                {
                    if (!alphabet.Contains(text[c]))
                    {
                        lastForeign = c;
                    }
                }

                checkedTo = Math.Max(checkedTo, lastDigit);
                if (lastForeign > first)
                {
                    // Every later window that starts before that character ends after it too, so it holds it as well.
                    while (i + 1 + span < positions.Length && positions[i + 1] < lastForeign)
                    {
                        i++;
                    }

                    continue;
                }
            }

            var start = Math.Max(0, lastDigit - maxLength + 1);
            var end = first + 1;
            if (regionEnd >= 0 && start <= regionEnd + RegionMergeGap)
            {
                regionEnd = end;
                continue;
            }

            if (regionEnd >= 0)
            {
                floor = ScanRange(text, regionStart, regionEnd, maxLength + HintMargin, HintMargin, pattern, sink, floor);
            }

            regionStart = start;
            regionEnd = end;
        }

        if (regionEnd >= 0)
        {
            ScanRange(text, regionStart, regionEnd, maxLength + HintMargin, HintMargin, pattern, sink, floor);
        }
    }

    /// <summary>
    /// The first <c>i</c> at or after <paramref name="from"/> whose window of <c>span + 1</c> digits,
    /// <c>positions[i]</c> to <c>positions[i + span]</c>, is shorter than <paramref name="maxLength"/>, or -1. Eight
    /// windows are compared at a time: on mail, 94% of the windows of a ten-digit pattern are too long, so this test,
    /// made for each of the 35 hinted patterns over the same digit positions, was most of their scan.
    /// </summary>
    internal static int NextDenseWindow(ReadOnlySpan<int> positions, int from, int span, int maxLength)
    {
        var i = from;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(positions);
            var limit = Vector256.Create(maxLength);
            for (; i + span + Vector256<int>.Count <= positions.Length; i += Vector256<int>.Count)
            {
                var lengths = Vector256.LoadUnsafe(ref first, (nuint)(i + span)) - Vector256.LoadUnsafe(ref first, (nuint)i);
                var dense = Vector256.LessThan(lengths, limit).ExtractMostSignificantBits();
                if (dense != 0)
                {
                    return i + BitOperations.TrailingZeroCount(dense);
                }
            }
        }

        for (; i + span < positions.Length; i++)
        {
            if (positions[i + span] - positions[i] < maxLength)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Finds the matches that start in <c>[rangeStart, rangeEnd)</c> at or after <paramref name="floor"/>, window by
    /// window. A regex match timeout bounds one scan step, and a linear scan over megabytes of text without a match
    /// (10 MB of digits) can exceed it; windows keep each step short. Each window starts where the previous match ended
    /// (look-behinds see the real text before it, since the scan uses <c>startat</c>), accepts matches starting inside
    /// it, and sees <paramref name="lookahead"/> characters beyond; a match that reaches within
    /// <paramref name="margin"/> of the end of that view is matched again over the whole text, so it is never cut short.
    /// Returns the new floor (the end of the last match).
    /// </summary>
    private int ScanRange(ReadOnlySpan<char> text, int rangeStart, int rangeEnd, int lookahead, int margin, RegexPattern pattern, MatchSink sink, int floor)
    {
        for (var start = rangeStart; start < rangeEnd; start += Window)
        {
            var end = Math.Min(start + Window, rangeEnd);
            var viewEnd = Math.Min(end + lookahead, text.Length);
            var from = Math.Max(start, floor);
            if (from >= end)
            {
                continue;
            }

            foreach (var match in pattern.Regex.EnumerateMatches(text[..viewEnd], from))
            {
                if (match.Index >= end)
                {
                    break;
                }

                if (match.Length == 0)
                {
                    continue;
                }

                var index = match.Index;
                var length = match.Length;
                var extended = viewEnd < text.Length && index + length > viewEnd - margin;
                if (extended)
                {
                    foreach (var whole in pattern.Regex.EnumerateMatches(text, index))
                    {
                        index = whole.Index;
                        length = whole.Length;
                        break;
                    }
                }

                Emit(text, index, length, pattern, sink);
                floor = index + length;
                if (extended)
                {
                    break;
                }
            }
        }

        return floor;
    }

    private void Emit(ReadOnlySpan<char> text, int index, int length, RegexPattern pattern, MatchSink sink)
    {
        if (length == 0)
        {
            return;
        }

        var candidate = text.Slice(index, length);
        if (_invalidator is not null && _invalidator(candidate) == ValidationOutcome.Invalid)
        {
            return;
        }

        var outcome = _validator?.Invoke(candidate) ?? ValidationOutcome.Undecided;
        if (outcome == ValidationOutcome.Invalid)
        {
            return;
        }

        var score = outcome == ValidationOutcome.Valid ? 1.0 : pattern.Score;
        sink.Add(new PiiMatch(_entityType, index, length, score, Name, new MatchExplanation(pattern.Name, outcome, score)));
    }

    private static PatternRecognizerOptions Checked(PatternRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Patterns);
        return options;
    }
}
