using System.Numerics;
using System.Runtime.CompilerServices;

namespace Anonymizer.Ml.Ner;

/// <summary>
/// The token classifier's features, shared by training and inference: per-token facts are computed once
/// (<see cref="Describe"/>), then each token's features are hashed into a fixed number of buckets
/// (<see cref="Extract"/>). Every feature has the value 1.
/// </summary>
internal static class NerFeatures
{
    /// <summary>The most features one token can have.</summary>
    public const int MaxFeatures = 128;

    /// <summary>The number of features <see cref="Pairs"/> writes.</summary>
    public const int PairCount = 7;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    // What a missing neighbour's word and shape hash as.
    private const ulong BoundaryLower = 0x5bd1e9955bd1e995UL;
    private const uint BoundaryShape = 0x9e3779b9u;

    // Template ids: fixed numbers, part of the model format.
    private const uint TLower = 1, TShape = 2, TPre2 = 3, TPre3 = 4, TSuf2 = 5, TSuf3 = 6, TSuf4 = 7;
    private const uint TPrev = 8, TNext = 9, TPrev2 = 10, TNext2 = 11, TPrevShape = 12, TNextShape = 13, TShape3 = 14;
    private const uint TGaz = 15, TPrevGaz = 16, TNextGaz = 17, TPrev2Gaz = 18, TNext2Gaz = 19;
    private const uint TStartShape = 20, TPrevShapeCur = 21, TShapeNext = 22, TLowerCasing = 23, TLenCasing = 24;
    private const uint TGazCasing = 25, TBigram = 26, TStartGaz = 27, TPrevCasingCur = 28, TCasingNext = 29, TOneHop = 30;

    /// <summary>Computes the per-token facts of the token at <paramref name="start"/>.</summary>
    public static NerToken Describe(ReadOnlySpan<char> text, int start, int length, bool sentenceStart, Gazetteer gazetteer)
    {
        var word = text.Slice(start, length);
        var token = new NerToken { Start = start, Length = length, SentenceStart = sentenceStart };
        var lower = FnvOffset;
        var shape = FnvOffset;
        var lastClass = 0;
        var shapeLength = 0;
        var uppers = 0;
        var lowers = 0;
        var firstUpper = false;
        Span<char> head = stackalloc char[3];
        Span<char> tail = stackalloc char[4];
        var n = 0;
        foreach (var raw in word)
        {
            var c = raw;
            int cls;
            if (c < 128)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    cls = 'X';
                    c = (char)(c | 0x20);
                }
                else if ((uint)(c - 'a') <= 'z' - 'a')
                {
                    cls = 'x';
                }
                else if ((uint)(c - '0') <= 9)
                {
                    cls = 'd';
                }
                else
                {
                    cls = c;
                }
            }
            else if (char.IsUpper(c))
            {
                cls = 'X';
                c = char.ToLowerInvariant(c);
            }
            else if (char.IsLetter(c))
            {
                cls = 'x';
            }
            else if (char.IsDigit(c))
            {
                cls = 'd';
            }
            else
            {
                cls = c == '\u2019' ? '\'' : 'o';
                if (c == '\u2019')
                {
                    c = '\'';
                }
            }

            if (cls == 'X')
            {
                uppers++;
                if (n == 0)
                {
                    firstUpper = true;
                }
            }
            else if (cls == 'x')
            {
                lowers++;
            }

            if (cls != lastClass && shapeLength < 6)
            {
                shape = (shape ^ (uint)cls) * FnvPrime;
                shapeLength++;
                lastClass = cls;
            }

            lower = (lower ^ c) * FnvPrime;
            if (n < 3)
            {
                head[n] = c;
            }

            tail[n & 3] = c;
            n++;
        }

        token.Lower = lower;
        token.Shape = (uint)(shape ^ (shape >> 32));
        token.Prefix2 = HashChars(head, Math.Min(n, 2), 2);
        token.Prefix3 = HashChars(head, Math.Min(n, 3), 3);
        token.Suffix2 = HashTail(tail, n, 2);
        token.Suffix3 = HashTail(tail, n, 3);
        token.Suffix4 = HashTail(tail, n, 4);
        token.Casing = uppers + lowers == 0 ? (byte)4
            : uppers == 0 ? (byte)0
            : lowers == 0 ? (uppers == 1 && n == 1 ? (byte)1 : (byte)2)
            : firstUpper && uppers == 1 ? (byte)1
            : (byte)3;
        token.Gazetteer = gazetteer.Lookup(lower);
        return token;
    }

    /// <summary>Writes the hashed feature indices of token <paramref name="i"/> into <paramref name="features"/>.</summary>
    /// <returns>The number of indices written (duplicates possible).</returns>
    /// <remarks>
    /// The features are the token's own (<see cref="Own"/>), those of each neighbour up to two tokens away, which
    /// depend on that neighbour alone (<see cref="Neighbour"/>), and those of pairs of tokens (<see cref="Pairs"/>):
    /// the decoder sums the first two kinds once per distinct word, and the third once per trigram of words.
    /// </remarks>
    public static int Extract(ReadOnlySpan<NerToken> tokens, int i, int mask, Span<int> features)
    {
        var k = Own(tokens[i], tokens[i].SentenceStart, mask, features, 0);
        foreach (var role in NeighbourRoles)
        {
            var j = i + NeighbourOffset(role);
            k = (uint)j < (uint)tokens.Length
                ? Neighbour(role, tokens[j], mask, features, k)
                : Boundary(role, mask, features, k);
        }

        return Pairs(tokens, i, mask, features, k);
    }

    /// <summary>The neighbour roles, in the order <see cref="Extract"/> writes them.</summary>
    public static ReadOnlySpan<NerNeighbour> NeighbourRoles => [NerNeighbour.Previous, NerNeighbour.Next, NerNeighbour.SecondPrevious, NerNeighbour.SecondNext];

    /// <summary>Where a neighbour in <paramref name="role"/> is, relative to the token whose feature it gives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NeighbourOffset(NerNeighbour role) => role switch
    {
        NerNeighbour.Previous => -1,
        NerNeighbour.Next => 1,
        NerNeighbour.SecondPrevious => -2,
        _ => 2,
    };

    /// <summary>
    /// Writes the features of the token that depend on it alone (its word, shape, affixes, casing, length, gazetteer
    /// hits, each also as at a sentence start or not when <paramref name="sentenceStart"/> says so).
    /// </summary>
    public static int Own(in NerToken t, bool sentenceStart, int mask, Span<int> features, int k)
    {
        features[k++] = Index(TLower, t.Lower, mask);
        features[k++] = Index(TShape, t.Shape, mask);
        features[k++] = Index(TPre2, t.Prefix2, mask);
        features[k++] = Index(TPre3, t.Prefix3, mask);
        features[k++] = Index(TSuf2, t.Suffix2, mask);
        features[k++] = Index(TSuf3, t.Suffix3, mask);
        features[k++] = Index(TSuf4, t.Suffix4, mask);
        features[k++] = Index(TStartShape, (ulong)t.Shape << 1 | (sentenceStart ? 1UL : 0UL), mask);
        features[k++] = Index(TLowerCasing, t.Lower ^ ((ulong)t.Casing * 0xC2B2AE3D27D4EB4FUL), mask);
        features[k++] = Index(TLenCasing, (ulong)Math.Min(t.Length, 15) << 8 | t.Casing, mask);
        k = AddBits(TGaz, t.Gazetteer, 0, mask, features, k);
        k = AddBits(TGazCasing, t.Gazetteer, (uint)t.Casing + 1, mask, features, k);
        return AddBits(TStartGaz, t.Gazetteer, sentenceStart ? 1u : 2u, mask, features, k);
    }

    /// <summary>Writes the features another token gets from <paramref name="neighbour"/> in <paramref name="role"/>.</summary>
    public static int Neighbour(NerNeighbour role, in NerToken neighbour, int mask, Span<int> features, int k)
    {
        switch (role)
        {
            case NerNeighbour.Previous:
                features[k++] = Index(TPrev, neighbour.Lower, mask);
                features[k++] = Index(TPrevShape, neighbour.Shape, mask);
                return AddBits(TPrevGaz, neighbour.Gazetteer, 0, mask, features, k);
            case NerNeighbour.Next:
                features[k++] = Index(TNext, neighbour.Lower, mask);
                features[k++] = Index(TNextShape, neighbour.Shape, mask);
                return AddBits(TNextGaz, neighbour.Gazetteer, 0, mask, features, k);
            case NerNeighbour.SecondPrevious:
                features[k++] = Index(TPrev2, neighbour.Lower, mask);
                return AddBits(TPrev2Gaz, neighbour.Gazetteer, 0, mask, features, k);
            default:
                features[k++] = Index(TNext2, neighbour.Lower, mask);
                return AddBits(TNext2Gaz, neighbour.Gazetteer, 0, mask, features, k);
        }
    }

    /// <summary>Writes the features a token gets where the block has no neighbour in <paramref name="role"/>.</summary>
    public static int Boundary(NerNeighbour role, int mask, Span<int> features, int k)
    {
        switch (role)
        {
            case NerNeighbour.Previous:
                features[k++] = Index(TPrev, BoundaryLower, mask);
                features[k++] = Index(TPrevShape, BoundaryShape, mask);
                return k;
            case NerNeighbour.Next:
                features[k++] = Index(TNext, BoundaryLower, mask);
                features[k++] = Index(TNextShape, BoundaryShape, mask);
                return k;
            case NerNeighbour.SecondPrevious:
                features[k++] = Index(TPrev2, BoundaryLower, mask);
                return k;
            default:
                features[k++] = Index(TNext2, BoundaryLower, mask);
                return k;
        }
    }

    /// <summary>Writes the features of token <paramref name="i"/> that combine it with a neighbour, or two neighbours.</summary>
    public static int Pairs(ReadOnlySpan<NerToken> tokens, int i, int mask, Span<int> features, int k)
    {
        ref readonly var t = ref tokens[i];
        var hasPrev = i > 0;
        var hasNext = i + 1 < tokens.Length;
        var prevLower = hasPrev ? tokens[i - 1].Lower : BoundaryLower;
        var nextLower = hasNext ? tokens[i + 1].Lower : BoundaryLower;
        var prevShape = hasPrev ? tokens[i - 1].Shape : BoundaryShape;
        var nextShape = hasNext ? tokens[i + 1].Shape : BoundaryShape;
        var prevCasing = hasPrev ? tokens[i - 1].Casing : 7u;
        var nextCasing = hasNext ? tokens[i + 1].Casing : 7u;
        features[k++] = Index(TShape3, ((ulong)prevShape << 32 | t.Shape) ^ ((ulong)nextShape * 0x9E3779B97F4A7C15UL), mask);
        features[k++] = Index(TPrevShapeCur, prevLower ^ ((ulong)t.Shape * 0xC2B2AE3D27D4EB4FUL), mask);
        features[k++] = Index(TShapeNext, nextLower ^ ((ulong)t.Shape * 0xC2B2AE3D27D4EB4FUL), mask);
        features[k++] = Index(TBigram, (prevLower * 31) ^ t.Lower, mask);
        features[k++] = Index(TPrevCasingCur, prevCasing << 8 | t.Casing | (t.SentenceStart ? 1UL << 16 : 0), mask);
        features[k++] = Index(TCasingNext, nextCasing << 8 | t.Casing, mask);
        features[k++] = Index(TOneHop, (prevLower * 31) ^ nextLower, mask);
        return k;
    }

    /// <summary>
    /// Whether two tokens agree in every fact their own and neighbour features read, and every fact pair features read
    /// of a token and of its neighbours but whether the token starts a sentence: the decoder sums features per word and
    /// per trigram of words on the strength of it (<see cref="NerWordSums"/>, <see cref="NerPairSums"/>).
    /// </summary>
    public static bool SameWord(in NerToken a, in NerToken b) =>
        a.Lower == b.Lower && a.Shape == b.Shape && a.Prefix2 == b.Prefix2 && a.Prefix3 == b.Prefix3
        && a.Suffix2 == b.Suffix2 && a.Suffix3 == b.Suffix3 && a.Suffix4 == b.Suffix4 && a.Gazetteer == b.Gazetteer
        && a.Casing == b.Casing && Math.Min(a.Length, 15) == Math.Min(b.Length, 15);

    /// <summary>A hash of the facts <see cref="SameWord"/> compares.</summary>
    public static int WordHash(in NerToken t) =>
        (int)(((t.Lower ^ ((ulong)t.Shape << 24) ^ t.Casing) * 0x9E3779B97F4A7C15UL) >> 33);

    /// <summary>64-bit FNV-1a hash of the lower-cased text (the gazetteer key).</summary>
    public static ulong HashLower(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var raw in text)
        {
            var c = raw < 128 ? ((uint)(raw - 'A') <= 'Z' - 'A' ? (char)(raw | 0x20) : raw) : char.ToLowerInvariant(raw);
            if (c == '\u2019')
            {
                c = '\'';
            }

            h = (h ^ c) * FnvPrime;
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(uint template, ulong value, int mask)
    {
        var h = value ^ (template * 0x9E3779B97F4A7C15UL);
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 29;
        return (int)h & mask;
    }

    private static int AddBits(uint template, ushort bits, uint salt, int mask, Span<int> features, int k)
    {
        uint b = bits;
        while (b != 0)
        {
            var bit = (uint)BitOperations.TrailingZeroCount(b);
            b &= b - 1;
            features[k++] = Index(template, bit | (salt << 8), mask);
        }

        return k;
    }

    private static uint HashChars(ReadOnlySpan<char> chars, int count, int n)
    {
        var h = 2166136261u ^ (uint)n;
        for (var i = 0; i < count; i++)
        {
            h = (h ^ chars[i]) * 16777619u;
        }

        return h;
    }

    private static uint HashTail(ReadOnlySpan<char> ring, int length, int n)
    {
        var count = Math.Min(length, n);
        var h = 2166136261u ^ (uint)(n + 8);
        for (var j = length - count; j < length; j++)
        {
            h = (h ^ ring[j & 3]) * 16777619u;
        }

        return h;
    }
}
