using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Anonymizer.Recognizers;

/// <summary>
/// What a .NET regular expression's matches can look like, read from its pattern: every character a match can contain
/// (<see cref="Alphabet"/>, the union of what its consuming parts accept — look-arounds consume nothing), the shortest
/// and longest match, and whether every match is one whole word. Every property errs on the safe side: the alphabet is a
/// superset (case-insensitive letters, Unicode classes and negated classes widen it), the lengths are bounds, and
/// <see cref="WholeWord"/> is claimed only when the pattern proves it. A scan can therefore skip every place of a text
/// that no match could fit. Constructs the reader does not know (conditionals, free-spacing mode, ambiguous escapes)
/// give no shape, and callers scan as before.
/// </summary>
internal sealed class RegexShape
{
    /// <summary>The longest length a shape records; a match that may be longer has no <see cref="MaxLength"/>.</summary>
    private const int Unbounded = int.MaxValue;

    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), RegexShape?> Cache = new();

    private RegexShape(CharAlphabet alphabet, CharAlphabet firstChars, int minLength, int maxLength, int minDigits, bool wholeWord, double worstCaseSteps)
    {
        WorstCaseSteps = worstCaseSteps;
        Alphabet = alphabet;
        FirstChars = firstChars;
        MinLength = minLength;
        MaxLength = maxLength == Unbounded ? null : maxLength;
        MinDigits = minDigits == Unbounded ? 0 : minDigits;
        WholeWord = wholeWord;
    }

    /// <summary>Every character a match can contain (a superset).</summary>
    internal CharAlphabet Alphabet { get; }

    /// <summary>
    /// An upper bound on the steps a backtracking engine takes trying the pattern at one position, with every way of every
    /// part explored (look-arounds once: they are atomic); infinite when a quantifier is unbounded. A pattern with a small
    /// bound costs at most that many steps per character of any input, however hostile, and needs no match timeout.
    /// </summary>
    internal double WorstCaseSteps { get; }

    /// <summary>Every character a non-empty match can start with (a superset).</summary>
    internal CharAlphabet FirstChars { get; }

    /// <summary>The fewest characters a match has.</summary>
    internal int MinLength { get; }

    /// <summary>The most characters a match has, or <see langword="null"/> when unbounded.</summary>
    internal int? MaxLength { get; }

    /// <summary>
    /// The fewest ASCII digits a match holds when the text around it is ASCII: the digit-only one-character parts the
    /// pattern cannot skip (<c>[0-9]{3}</c> counts 3; <c>\d</c> counts too, since over ASCII text it matches digits only).
    /// </summary>
    internal int MinDigits { get; }

    /// <summary>
    /// Whether every match, in a text of ASCII characters around it, is a whole word: a maximal run of the ASCII word
    /// characters <c>[A-Za-z0-9_]</c>. True when the alphabet holds no other ASCII character and the pattern starts with a
    /// word boundary (<c>\b</c>, or a negative look-behind one of whose alternatives is a single class holding every word
    /// character) and ends with one (<c>\b</c>, or such a negative look-ahead).
    /// </summary>
    internal bool WholeWord { get; }

    /// <summary>The shape of <paramref name="regex"/>, or <see langword="null"/> when its pattern cannot be read.</summary>
    internal static RegexShape? Of(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        return Of(regex.ToString(), regex.Options);
    }

    /// <summary>The shape of <paramref name="pattern"/>, or <see langword="null"/> when it cannot be read.</summary>
    internal static RegexShape? Of(string pattern, RegexOptions options) =>
        Cache.GetOrAdd((pattern, options), static key => Parser.TryParse(key.Pattern, key.Options));

    /// <summary>The ASCII word characters <c>[A-Za-z0-9_]</c>: bits of characters 0–63 and 64–127.</summary>
    internal const ulong WordLow = 0x03FF_0000_0000_0000UL;

    /// <inheritdoc cref="WordLow"/>
    internal const ulong WordHigh = 0x07FF_FFFE_87FF_FFFEUL;

    /// <summary>The ASCII digits, as bits of characters 0–63.</summary>
    private const ulong DigitLow = 0x03FF_0000_0000_0000UL;

    /// <summary>The ASCII letters, as bits of characters 64–127.</summary>
    private const ulong LetterHigh = 0x07FF_FFFE_07FF_FFFEUL;

    /// <inheritdoc />
    public override string ToString() =>
        $"[{Alphabet}] {MinLength}..{MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "∞"}{(WholeWord ? " whole word" : string.Empty)}";

    /// <summary>A set of characters as ASCII maps plus a flag for the rest.</summary>
    private readonly record struct CharSet(ulong Low, ulong High, bool NonAscii)
    {
        public static readonly CharSet All = new(ulong.MaxValue, ulong.MaxValue, true);

        public bool IsEmpty => Low == 0 && High == 0 && !NonAscii;

        public CharSet Union(CharSet other) => new(Low | other.Low, High | other.High, NonAscii | other.NonAscii);
    }

    /// <summary>
    /// Bounds on a part's length, the fewest ASCII digits it holds (its digit-only one-character atoms), the characters
    /// its first consumed character can be, and what backtracking through it can cost from one position: how many ways
    /// it can match (<see cref="Paths"/>) and how many steps trying them all takes (<see cref="Work"/>), both upper bounds
    /// (infinite with an unbounded quantifier).
    /// </summary>
    private readonly record struct Lengths(int Min, int Max, int Digits = 0, CharSet First = default, double Paths = 1, double Work = 1)
    {
        public static readonly Lengths Zero = new(0, 0);
        public static readonly Lengths One = new(1, 1);

        // Every way of the first part is followed by a full search of the second.
        public Lengths Then(Lengths next) =>
            new(Add(Min, next.Min), Add(Max, next.Max), Add(Digits, next.Digits), Min == 0 ? First.Union(next.First) : First,
                Paths * next.Paths, Work + (Paths * next.Work));

        public Lengths Or(Lengths other) =>
            new(Math.Min(Min, other.Min), Math.Max(Max, other.Max), Math.Min(Digits, other.Digits), First.Union(other.First),
                Paths + other.Paths, Work + other.Work);

        // Between min and max repetitions: the ways are those of k repetitions for every k from min to max (paths^k
        // each), and exploring them searches the repeated part once after each way of the repetitions before it.
        public Lengths Times(int min, int max)
        {
            double paths;
            double work;
            if (max == Unbounded)
            {
                (paths, work) = (double.PositiveInfinity, double.PositiveInfinity);
            }
            else if (max == 0)
            {
                (paths, work) = (1.0, 1.0);
            }
            else
            {
                (paths, work) = (0, 0);
                var power = 1.0;
                for (var k = 0; k <= max; k++)
                {
                    if (k >= min)
                    {
                        paths += power;
                    }

                    if (k < max)
                    {
                        work += power * Work;
                    }

                    power *= Paths;
                }
            }

            return new(Multiply(Min, min), Multiply(Max, max), Multiply(Digits, min), First, paths, work);
        }

        private static int Add(int a, int b) => a == Unbounded || b == Unbounded || (long)a + b >= Unbounded ? Unbounded : a + b;

        private static int Multiply(int a, int b)
        {
            if (a == 0 || b == 0)
            {
                return 0;
            }

            return a == Unbounded || b == Unbounded || (long)a * b >= Unbounded ? Unbounded : a * b;
        }
    }

    /// <summary>What an atom is, as far as word boundaries at the ends of the pattern are concerned.</summary>
    private enum AtomKind
    {
        Consuming,
        ZeroWidth,
        WordBoundary,
        NotAfterWord,
        NotBeforeWord,
    }

    /// <summary>A recursive-descent reader of the pattern syntax.</summary>
    private sealed class Parser
    {
        private readonly string _pattern;
        private readonly int _captureGroups;
        private int _position;
        private readonly Dictionary<string, (CharSet Set, int MaxLength)> _namedGroups = new(StringComparer.Ordinal);
        private readonly List<(CharSet Set, int MaxLength)> _numberedGroups = [];
        private ulong _low;
        private ulong _high;
        private bool _nonAscii;

        // Set when a set read since the last reset is only a superset of the real one (a Unicode category such as
        // \p{P}, a class subtraction): such a set proves nothing about which characters are excluded.
        private bool _approximate;

        // Whether the pattern folds case culture-invariantly (RegexOptions.CultureInvariant).
        private bool _cultureInvariant;

        // Set when unnamed groups may not capture (RegexOptions.ExplicitCapture, inline "n"): numbered references are unknown.
        private bool _explicitCapture;

        private Parser(string pattern)
        {
            _pattern = pattern;
            _captureGroups = CountCaptureGroups(pattern);
        }

        public static RegexShape? TryParse(string pattern, RegexOptions options)
        {
            if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.ECMAScript)) != 0)
            {
                return null;
            }

            // Case-insensitive matching depends on the current culture unless the pattern is culture-invariant (under
            // tr-TR, i and I fold onto İ and ı): only invariant case folding is modelled.
            var cultureInvariant = (options & RegexOptions.CultureInvariant) != 0;
            if ((options & RegexOptions.IgnoreCase) != 0 && !cultureInvariant)
            {
                return null;
            }

            var parser = new Parser(pattern) { _explicitCapture = (options & RegexOptions.ExplicitCapture) != 0, _cultureInvariant = cultureInvariant };
            var top = new List<AtomKind>();
            Lengths lengths;
            try
            {
                var ignoreCase = (options & RegexOptions.IgnoreCase) != 0;
                lengths = parser.Alternation(consuming: true, ignoreCase, top, out _);
                if (parser._position != pattern.Length)
                {
                    return null;
                }
            }
            catch (UnsupportedSyntaxException)
            {
                return null;
            }

            var alphabet = new CharAlphabet(parser._low, parser._high, parser._nonAscii);
            var wordOnly = (alphabet.Low & ~WordLow) == 0 && (alphabet.High & ~WordHigh) == 0;
            var first = new CharAlphabet(lengths.First.Low, lengths.First.High, lengths.First.NonAscii);
            return new RegexShape(alphabet, first, lengths.Min, lengths.Max, lengths.Digits, wordOnly && HasBoundaries(top), lengths.Work);
        }

        // The zero-width atoms before the first consuming one and after the last one hold at the match's ends. A top-level
        // alternation (null list) proves nothing.
        private static bool HasBoundaries(List<AtomKind>? top)
        {
            if (top is null || top.Count == 0)
            {
                return false;
            }

            var leads = false;
            for (var i = 0; i < top.Count && top[i] != AtomKind.Consuming; i++)
            {
                leads |= top[i] is AtomKind.WordBoundary or AtomKind.NotAfterWord;
            }

            var trails = false;
            for (var i = top.Count - 1; i >= 0 && top[i] != AtomKind.Consuming; i--)
            {
                trails |= top[i] is AtomKind.WordBoundary or AtomKind.NotBeforeWord;
            }

            return leads && trails;
        }

        private bool AtEnd => _position >= _pattern.Length;

        private char Peek(int ahead = 0) => _position + ahead < _pattern.Length ? _pattern[_position + ahead] : '\0';

        private char Next() => AtEnd ? throw new UnsupportedSyntaxException() : _pattern[_position++];

        // Alternatives up to a closing parenthesis (not consumed) or the end. When atoms is given, the kinds of the atoms
        // of a single alternative are added to it (set to null when there are several). wordClassAlternative tells
        // whether some alternative is one unquantified atom accepting every ASCII word character. Inline options
        // ("(?i)") apply to the rest of the enclosing group; once on, case-insensitivity is kept (a superset).
        private Lengths Alternation(bool consuming, bool ignoreCase, List<AtomKind>? atoms, out bool wordClassAlternative)
        {
            wordClassAlternative = false;
            Lengths? total = null;
            var alternatives = 0;
            while (true)
            {
                alternatives++;
                var sequence = Lengths.Zero;
                var count = 0;
                var singleCoversWord = false;
                while (!AtEnd && Peek() is not (')' or '|'))
                {
                    var (low, high, nonAscii, approximate) = (_low, _high, _nonAscii, _approximate);
                    (_low, _high, _nonAscii, _approximate) = (0, 0, false, false);
                    var lengths = Atom(consuming, ref ignoreCase, out var kind);
                    var isCharAtom = lengths == Lengths.One && kind == AtomKind.Consuming;

                    // Whether this atom is one character of a set known to hold every ASCII word character.
                    var atomCoversWord = isCharAtom && !_approximate && (_low & WordLow) == WordLow && (_high & WordHigh) == WordHigh;
                    if (isCharAtom)
                    {
                        // One character: its set is the atom's first character; always an ASCII digit when the text is
                        // ASCII if the set holds only digits there.
                        var isDigit = _high == 0 && _low != 0 && (_low & ~DigitLow) == 0;
                        lengths = lengths with { Digits = isDigit ? 1 : 0, First = new CharSet(_low, _high, _nonAscii) };
                    }

                    (_low, _high, _nonAscii, _approximate) = (low | _low, high | _high, nonAscii | _nonAscii, approximate | _approximate);
                    if (TryQuantifier(out var min, out var max))
                    {
                        lengths = lengths.Times(min, max);
                        atomCoversWord &= min == 1 && max == 1;
                        if (min == 0 && kind != AtomKind.Consuming)
                        {
                            kind = AtomKind.ZeroWidth;
                        }
                    }

                    atoms?.Add(kind);
                    sequence = sequence.Then(lengths);
                    count++;
                    singleCoversWord = count == 1 && atomCoversWord;
                }

                wordClassAlternative |= singleCoversWord;
                total = total is { } soFar ? soFar.Or(sequence) : sequence;
                if (Peek() != '|')
                {
                    break;
                }

                _position++;
            }

            if (alternatives > 1 && atoms is not null)
            {
                atoms.Clear();
                atoms.Add(AtomKind.Consuming);
            }

            return total!.Value;
        }

        // After an atom: a quantifier ("*", "+", "?", "{n}", "{n,}", "{n,m}", each possibly lazy) and its bounds.
        private bool TryQuantifier(out int min, out int max)
        {
            (min, max) = (1, 1);
            var quantified = false;
            while (true)
            {
                int low;
                int high;
                switch (Peek())
                {
                    case '*':
                        (low, high) = (0, Unbounded);
                        _position++;
                        break;
                    case '+':
                        (low, high) = (1, Unbounded);
                        _position++;
                        break;
                    case '?':
                        (low, high) = (0, 1);
                        _position++;
                        break;
                    case '{' when TryBraces(out low, out high):
                        break;
                    default:
                        return quantified;
                }

                if (Peek() == '?')
                {
                    _position++;
                }

                // A quantified quantifier is an error in .NET; reading it as nested repetition is still a bound.
                min = quantified ? 0 : low;
                max = quantified ? Unbounded : high;
                quantified = true;
            }
        }

        // At "{": reads "{n}", "{n,}" or "{n,m}" and returns true; otherwise leaves the position and returns false.
        private bool TryBraces(out int min, out int max)
        {
            var start = _position;
            _position++;
            (min, max) = (0, 0);
            if (!TryNumber(out min))
            {
                _position = start;
                return false;
            }

            if (Peek() == '}')
            {
                _position++;
                max = min;
                return true;
            }

            if (Peek() == ',')
            {
                _position++;
                max = TryNumber(out var upper) ? upper : Unbounded;
                if (Peek() == '}' && max >= min)
                {
                    _position++;
                    return true;
                }
            }

            _position = start;
            return false;
        }

        private bool TryNumber(out int value)
        {
            value = 0;
            var digits = 0;
            while (char.IsAsciiDigit(Peek()))
            {
                value = (int)Math.Min((value * 10L) + (Next() - '0'), Unbounded - 1);
                digits++;
            }

            return digits > 0;
        }

        private Lengths Atom(bool consuming, ref bool ignoreCase, out AtomKind kind)
        {
            kind = AtomKind.Consuming;
            var c = Next();
            switch (c)
            {
                case '(':
                    return Group(consuming, ref ignoreCase, out kind);
                case '[':
                    CharacterClass(consuming, ignoreCase);
                    return Lengths.One;
                case '\\':
                    return Escape(consuming, ignoreCase, out kind);
                case '.':
                    AddEverything(consuming);
                    return Lengths.One;
                case '^' or '$':
                    kind = AtomKind.ZeroWidth;
                    return Lengths.Zero;
                case '*' or '+' or '?':
                    // A quantifier with nothing before it: an error in .NET.
                    throw new UnsupportedSyntaxException();
                default:
                    AddChar(c, consuming, ignoreCase);
                    return Lengths.One;
            }
        }

        private Lengths Group(bool consuming, ref bool ignoreCase, out AtomKind kind)
        {
            kind = AtomKind.Consuming;
            var innerConsuming = consuming;
            var innerIgnoreCase = ignoreCase;
            var lookaround = AtomKind.Consuming;
            string? name = null;
            var numbered = Peek() != '?';
            if (Peek() == '?')
            {
                _position++;
                var marker = Next();
                switch (marker)
                {
                    case ':' or '>':
                        break;
                    case '=':
                        lookaround = AtomKind.ZeroWidth;
                        break;
                    case '!':
                        lookaround = AtomKind.NotBeforeWord;
                        break;
                    case '<' when Peek() is '=' or '!':
                        lookaround = Next() == '!' ? AtomKind.NotAfterWord : AtomKind.ZeroWidth;
                        break;
                    case '<' or '\'':
                        name = ReadName(marker == '<' ? '>' : '\'');
                        break;
                    case '#':
                        while (Next() != ')')
                        {
                        }

                        kind = AtomKind.ZeroWidth;
                        return Lengths.Zero;
                    default:
                        // Inline options: "(?imnsx-imnsx)" for the rest of the group, "(?imnsx-imnsx:...)" for a group.
                        _position--;
                        var on = true;
                        var turnsOnCase = false;
                        while (Peek() is 'i' or 'm' or 'n' or 's' or 'x' or '-')
                        {
                            var option = Next();
                            if (option == '-')
                            {
                                on = false;
                            }
                            else if (option == 'x' && on)
                            {
                                throw new UnsupportedSyntaxException();
                            }
                            else if (option == 'i' && on)
                            {
                                if (!_cultureInvariant)
                                {
                                    throw new UnsupportedSyntaxException();
                                }

                                turnsOnCase = true;
                            }
                            else if (option == 'n' && on)
                            {
                                _explicitCapture = true;
                            }
                        }

                        var end = Next();
                        if (end == ')')
                        {
                            ignoreCase |= turnsOnCase;
                            kind = AtomKind.ZeroWidth;
                            return Lengths.Zero;
                        }

                        if (end != ':')
                        {
                            throw new UnsupportedSyntaxException();
                        }

                        innerIgnoreCase |= turnsOnCase;
                        break;
                }
            }

            // The group's own characters, read into a scratch set: a capture group's are kept for its back-references
            // (even inside a look-around), a look-around's are then forgotten.
            var outer = (_low, _high, _nonAscii);
            (_low, _high, _nonAscii) = (0, 0, false);
            var lengths = Alternation(innerConsuming, innerIgnoreCase, atoms: null, out var wordClassAlternative);
            Close();
            var own = new CharSet(_low, _high, _nonAscii);
            if (name is not null)
            {
                _namedGroups[name] = _namedGroups.TryGetValue(name, out var earlier)
                    ? (earlier.Set.Union(own), Math.Max(earlier.MaxLength, lengths.Max))
                    : (own, lengths.Max);
            }
            else if (numbered)
            {
                _numberedGroups.Add((own, lengths.Max));
            }

            if (lookaround != AtomKind.Consuming)
            {
                // Zero width, and atomic: tried once, never re-entered by backtracking.
                (_low, _high, _nonAscii) = outer;
                kind = wordClassAlternative ? lookaround : AtomKind.ZeroWidth;
                return Lengths.Zero with { Work = lengths.Work };
            }

            (_low, _high, _nonAscii) = (outer.Item1 | own.Low, outer.Item2 | own.High, outer.Item3 | own.NonAscii);
            return lengths;
        }

        private void Close()
        {
            if (Next() != ')')
            {
                throw new UnsupportedSyntaxException();
            }
        }

        private void SkipName(char terminator)
        {
            while (Next() != terminator)
            {
            }
        }

        private string ReadName(char terminator)
        {
            var start = _position;
            SkipName(terminator);
            return _pattern[start..(_position - 1)];
        }

        private Lengths Escape(bool consuming, bool ignoreCase, out AtomKind kind)
        {
            kind = AtomKind.Consuming;
            var c = Next();
            switch (c)
            {
                case 'b':
                    kind = AtomKind.WordBoundary;
                    return Lengths.Zero;
                case 'B' or 'A' or 'z' or 'Z' or 'G':
                    kind = AtomKind.ZeroWidth;
                    return Lengths.Zero;
                case 'k':
                    var open = Next();
                    if (open is not ('<' or '\''))
                    {
                        throw new UnsupportedSyntaxException();
                    }

                    var reference = ReadName(open == '<' ? '>' : '\'');
                    return BackReference(
                        _namedGroups.TryGetValue(reference, out var named) ? named
                        : int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? NumberedGroup(number)
                        : (CharSet.All, Unbounded),
                        consuming,
                        ignoreCase);
                case >= '1' and <= '9':
                    // A back-reference when that group exists (what .NET does); otherwise an octal escape, not read here.
                    _position--;
                    TryNumber(out var group);
                    if (group > _captureGroups)
                    {
                        throw new UnsupportedSyntaxException();
                    }

                    return BackReference(NumberedGroup(group), consuming, ignoreCase);
                default:
                    if (TrySetEscape(c, consuming, ignoreCase))
                    {
                        return Lengths.One;
                    }

                    AddChar(CharEscape(c), consuming, ignoreCase);
                    return Lengths.One;
            }
        }

        // A back-reference repeats text its group matched: the group's characters (every character when the group is
        // unknown here, say defined later), in either case when matched case-insensitively. Its length is not tracked.
        private Lengths BackReference((CharSet Set, int MaxLength) group, bool consuming, bool ignoreCase)
        {
            var set = group.Set;
            if (consuming)
            {
                (_low, _high, _nonAscii) = (_low | set.Low, _high | set.High, _nonAscii | set.NonAscii);
                if (ignoreCase && ((set.High & LetterHigh) != 0 || set.NonAscii))
                {
                    AddRange('A', 'Z', consuming, ignoreCase: true);
                }
            }

            // One way to match (the captured text), compared character by character.
            var steps = group.MaxLength == Unbounded ? double.PositiveInfinity : Math.Max(group.MaxLength, 1);
            return new Lengths(0, Unbounded, First: ignoreCase ? CharSet.All : set, Paths: 1, Work: steps);
        }

        // The group of a numbered back-reference: unnamed groups are numbered first, in order; anything else is unknown.
        private (CharSet Set, int MaxLength) NumberedGroup(int number) =>
            number >= 1 && number <= _numberedGroups.Count && _namedGroups.Count == 0 && !_explicitCapture
                ? _numberedGroups[number - 1]
                : (CharSet.All, Unbounded);

        // The class escapes shared by atoms and character classes; false when c is not one. In a negated class the set
        // read must not exceed the real one over ASCII (its complement is taken), so an escape known only approximately
        // there is unsupported.
        private bool TrySetEscape(char c, bool consuming, bool ignoreCase, bool exact = false)
        {
            switch (c)
            {
                case 'd':
                    AddRange('0', '9', consuming, ignoreCase);
                    AddNonAscii(consuming);
                    return true;
                case 'w':
                    AddWord(consuming);
                    return true;
                case 's':
                    AddSpace(consuming);
                    return true;
                case 'D' or 'W' or 'S':
                    if (exact)
                    {
                        throw new UnsupportedSyntaxException();
                    }

                    // Exact over ASCII: the complement of the ASCII digits, word characters or white space; every
                    // character above U+007F may be in.
                    AddComplementOf(char.ToLowerInvariant(c), consuming);
                    return true;
                case 'P':
                    if (exact)
                    {
                        throw new UnsupportedSyntaxException();
                    }

                    SkipCategoryName();
                    AddEverything(consuming);
                    _approximate = true;
                    return true;
                case 'p':
                    AddCategory(SkipCategoryName(), consuming, ignoreCase, exact);
                    AddNonAscii(consuming);
                    return true;
                default:
                    return false;
            }
        }

        // The ASCII members of a Unicode category, exactly for the letter, number and separator categories.
        private void AddCategory(string name, bool consuming, bool ignoreCase, bool exact)
        {
            switch (name)
            {
                case "L":
                    AddRange('A', 'Z', consuming, ignoreCase: false);
                    AddRange('a', 'z', consuming, ignoreCase: false);
                    return;
                case "Lu":
                    AddRange('A', 'Z', consuming, ignoreCase);
                    return;
                case "Ll":
                    AddRange('a', 'z', consuming, ignoreCase);
                    return;
                case "Lt" or "Lm" or "Lo" or "Nl" or "No" or "Zl" or "Zp":
                    return;
                case "N" or "Nd":
                    AddRange('0', '9', consuming, ignoreCase: false);
                    return;
                case "Z" or "Zs":
                    AddChar(' ', consuming, ignoreCase: false);
                    return;
                default:
                    if (exact)
                    {
                        throw new UnsupportedSyntaxException();
                    }

                    AddEverything(consuming);
                    _approximate = true;
                    return;
            }
        }

        // The ASCII complement of \d, \w or \s, plus every character above U+007F.
        private void AddComplementOf(char escape, bool consuming)
        {
            var (low, high, nonAscii) = (_low, _high, _nonAscii);
            (_low, _high, _nonAscii) = (0, 0, false);
            TrySetEscape(escape, consuming: true, ignoreCase: false);
            var set = (_low, _high);
            (_low, _high, _nonAscii) = (low, high, nonAscii);
            if (consuming)
            {
                _low |= ~set._low;
                _high |= ~set._high;
                _nonAscii = true;
            }
        }

        private string SkipCategoryName()
        {
            if (Next() != '{')
            {
                throw new UnsupportedSyntaxException();
            }

            var start = _position;
            SkipName('}');
            return _pattern[start..(_position - 1)];
        }

        // The character a non-class escape stands for (after the backslash).
        private char CharEscape(char c)
        {
            switch (c)
            {
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'e': return '\u001B';
                case 'a': return '\u0007';
                case 'x': return (char)Hex(2);
                case 'u': return (char)Hex(4);
                case 'c': return (char)(char.ToUpperInvariant(Next()) - '@');
                case '0':
                    var value = 0;
                    for (var i = 0; i < 2 && Peek() is >= '0' and <= '7'; i++)
                    {
                        value = (value * 8) + (Next() - '0');
                    }

                    return (char)value;
                default:
                    // Any other escaped letter or digit is an error or a construct this reader does not know.
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        throw new UnsupportedSyntaxException();
                    }

                    return c;
            }
        }

        private int Hex(int digits)
        {
            if (_position + digits > _pattern.Length
                || !int.TryParse(_pattern.AsSpan(_position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                throw new UnsupportedSyntaxException();
            }

            _position += digits;
            return value;
        }

        private void CharacterClass(bool consuming, bool ignoreCase)
        {
            // Read the set into a scratch alphabet, then merge it (complemented when negated) into the result.
            var (low, high, nonAscii) = (_low, _high, _nonAscii);
            (_low, _high, _nonAscii) = (0, 0, false);
            var negated = Peek() == '^';
            if (negated)
            {
                _position++;
            }

            // In a negated class, read the set as written (no case folding) and exactly: its complement is a superset.
            var foldCase = !negated && ignoreCase;
            var first = true;
            while (true)
            {
                var c = Next();
                if (c == ']' && !first)
                {
                    break;
                }

                first = false;
                if (c == '-' && Peek() == '[')
                {
                    // Subtraction "[base-[excluded]]": the base alone is a superset.
                    _position++;
                    var saved = (_low, _high, _nonAscii);
                    CharacterClass(consuming: true, ignoreCase);
                    (_low, _high, _nonAscii) = saved;
                    if (Next() != ']')
                    {
                        throw new UnsupportedSyntaxException();
                    }

                    if (negated)
                    {
                        // The complement of a base that is later reduced is not a superset; not read.
                        throw new UnsupportedSyntaxException();
                    }

                    _approximate = true;
                    break;
                }

                char from;
                if (c == '\\')
                {
                    var escaped = Next();
                    if (TrySetEscape(escaped, consuming: true, foldCase, exact: negated))
                    {
                        continue;
                    }

                    from = escaped == 'b' ? '\b' : CharEscape(escaped);
                }
                else
                {
                    from = c;
                }

                if (Peek() == '-' && Peek(1) is not (']' or '['))
                {
                    _position++;
                    var toChar = Next();
                    var to = toChar == '\\' ? ClassRangeEnd() : toChar;
                    if (to < from)
                    {
                        throw new UnsupportedSyntaxException();
                    }

                    AddRange(from, to, consuming: true, foldCase);
                }
                else
                {
                    AddChar(from, consuming: true, foldCase);
                }
            }

            var set = (_low, _high, _nonAscii);
            (_low, _high, _nonAscii) = (low, high, nonAscii);
            if (!consuming)
            {
                return;
            }

            if (negated)
            {
                _low |= ~set._low;
                _high |= ~set._high;
                _nonAscii = true;
            }
            else
            {
                _low |= set._low;
                _high |= set._high;
                _nonAscii |= set._nonAscii;
            }
        }

        private char ClassRangeEnd()
        {
            var escaped = Next();
            return escaped switch
            {
                'd' or 'w' or 's' or 'D' or 'W' or 'S' or 'p' or 'P' => throw new UnsupportedSyntaxException(),
                'b' => '\b',
                _ => CharEscape(escaped),
            };
        }

        private void AddChar(char c, bool consuming, bool ignoreCase) => AddRange(c, c, consuming, ignoreCase);

        private void AddRange(char from, char to, bool consuming, bool ignoreCase)
        {
            if (!consuming)
            {
                return;
            }

            for (var c = (int)from; c <= to; c++)
            {
                if (c >= 128)
                {
                    // Case-insensitively the Kelvin sign (U+212A) also matches k and K.
                    _nonAscii = true;
                    if (ignoreCase && from <= '\u212A' && '\u212A' <= to)
                    {
                        Set('k');
                        Set('K');
                    }

                    break;
                }

                Set((char)c);
                if (ignoreCase && char.IsAsciiLetter((char)c))
                {
                    // Both cases; case-insensitively, k and K also match the Kelvin sign (U+212A), the one character above
                    // U+007F that folds onto an ASCII letter (RegexShapeTests checks this against the regex engine).
                    Set(char.ToUpperInvariant((char)c));
                    Set(char.ToLowerInvariant((char)c));
                    _nonAscii |= c is 'k' or 'K';
                }
            }
        }

        private void Set(char c)
        {
            if (c < 64)
            {
                _low |= 1UL << c;
            }
            else
            {
                _high |= 1UL << (c - 64);
            }
        }

        private void AddWord(bool consuming)
        {
            AddRange('A', 'Z', consuming, ignoreCase: false);
            AddRange('a', 'z', consuming, ignoreCase: false);
            AddRange('0', '9', consuming, ignoreCase: false);
            AddChar('_', consuming, ignoreCase: false);
            AddNonAscii(consuming);
        }

        private void AddSpace(bool consuming)
        {
            AddRange('\t', '\r', consuming, ignoreCase: false);
            AddChar(' ', consuming, ignoreCase: false);
            AddNonAscii(consuming);
        }

        private void AddNonAscii(bool consuming) => _nonAscii |= consuming;

        private void AddEverything(bool consuming)
        {
            if (consuming)
            {
                _low = ulong.MaxValue;
                _high = ulong.MaxValue;
                _nonAscii = true;
            }
        }

        // Capturing groups of the pattern: "(" not followed by "?", and named groups "(?<name>" / "(?'name'", outside
        // character classes and escapes.
        private static int CountCaptureGroups(string pattern)
        {
            var count = 0;
            var inClass = false;
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                if (c == '\\')
                {
                    i++;
                }
                else if (inClass)
                {
                    inClass = c != ']';
                }
                else if (c == '[')
                {
                    inClass = true;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        i++;
                    }

                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        i++;
                    }
                }
                else if (c == '(')
                {
                    var rest = pattern.AsSpan(i + 1);
                    if (!rest.StartsWith("?") || ((rest.StartsWith("?<") || rest.StartsWith("?'")) && !rest.StartsWith("?<=") && !rest.StartsWith("?<!")))
                    {
                        count++;
                    }
                }
            }

            return count;
        }
    }

    private sealed class UnsupportedSyntaxException : Exception
    {
    }
}
