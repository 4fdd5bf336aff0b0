using System.Buffers;

namespace Anonymizer.Analysis;

/// <summary>
/// Turns overlapping matches into a set of non-overlapping ones: matches of the same type that overlap or contain
/// one another merge into their union (keeping the best score and its explanation); between types, the higher score
/// wins, a tie goes to the longer span, then to the earlier one. The result depends only on the set of matches.
/// </summary>
internal static class OverlapResolver
{
    /// <summary>Resolves <paramref name="matches"/> in place; returns how many remain, sorted by start.</summary>
    public static int Resolve(Span<PiiMatch> matches)
    {
        if (matches.Length < 2)
        {
            return matches.Length;
        }

        var keys = ArrayPool<ulong>.Shared.Rent(matches.Length);
        var order = ArrayPool<int>.Shared.Rent(matches.Length);
        var copy = ArrayPool<PiiMatch>.Shared.Rent(matches.Length);
        try
        {
            if (!SortByTypeThenStart(matches, keys, order, copy))
            {
                matches.Sort(default(TypeThenStart));
            }

            var count = MergeSameType(matches);
            matches = matches[..count];
            SortByKey(matches, keys, order, copy, typeRanks: default, default(StartThenRest));
            return ResolveAcrossTypes(matches);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<PiiMatch>.Shared.Return(copy, clearArray: true);
        }
    }

    // The sort by type first ranks the types present (ordinally); with more than MaxTypeRanks of them it returns false.
    private static bool SortByTypeThenStart(Span<PiiMatch> matches, ulong[] keys, int[] order, PiiMatch[] copy)
    {
        Span<int> ranks = stackalloc int[matches.Length <= 512 ? matches.Length : 0];
        var rankArray = ranks.IsEmpty ? ArrayPool<int>.Shared.Rent(matches.Length) : null;
        try
        {
            if (rankArray is not null)
            {
                ranks = rankArray.AsSpan(0, matches.Length);
            }

            if (!RankTypes(matches, ranks))
            {
                return false;
            }

            SortByKey(matches, keys, order, copy, ranks, default(TypeThenStart));
            return true;
        }
        finally
        {
            if (rankArray is not null)
            {
                ArrayPool<int>.Shared.Return(rankArray);
            }
        }
    }

    private const int MaxTypeRanks = 255;

    // ranks[i]: the ordinal rank of matches[i]'s entity type among the distinct types present.
    private static bool RankTypes(ReadOnlySpan<PiiMatch> matches, Span<int> ranks)
    {
        Span<int> firstOfType = stackalloc int[MaxTypeRanks];
        var typeCount = 0;
        for (var i = 0; i < matches.Length; i++)
        {
            var type = matches[i].EntityType;
            var found = -1;
            for (var t = 0; t < typeCount; t++)
            {
                var known = matches[firstOfType[t]].EntityType;
                if (ReferenceEquals(known, type) || string.Equals(known, type, StringComparison.Ordinal))
                {
                    found = t;
                    break;
                }
            }

            if (found < 0)
            {
                if (typeCount == MaxTypeRanks)
                {
                    return false;
                }

                found = typeCount;
                firstOfType[typeCount++] = i;
            }

            ranks[i] = found;
        }

        // Type numbers in order of appearance become ordinal ranks.
        Span<int> rankOfType = stackalloc int[typeCount];
        for (var t = 0; t < typeCount; t++)
        {
            var rank = 0;
            for (var u = 0; u < typeCount; u++)
            {
                if (string.CompareOrdinal(matches[firstOfType[u]].EntityType, matches[firstOfType[t]].EntityType) < 0)
                {
                    rank++;
                }
            }

            rankOfType[t] = rank;
        }

        for (var i = 0; i < ranks.Length; i++)
        {
            ranks[i] = rankOfType[ranks[i]];
        }

        return true;
    }

    // Sorts by a 64-bit key consistent with the comparer's order (type rank, start, longer first), which the runtime
    // sorts without calling a comparer, moving indices rather than matches; runs of equal keys are then put in the
    // comparer's order (score, names), so the result is the comparer's total order.
    private static void SortByKey<TComparer>(Span<PiiMatch> matches, ulong[] keys, int[] order, PiiMatch[] copy, ReadOnlySpan<int> typeRanks, TComparer comparer)
        where TComparer : struct, IComparer<PiiMatch>
    {
        var n = matches.Length;
        for (var i = 0; i < n; i++)
        {
            var match = matches[i];
            var shorter = LengthMask - (ulong)Math.Min(match.Length, (int)LengthMask);
            var key = ((ulong)(uint)match.Start << LengthBits) | shorter;
            if (!typeRanks.IsEmpty)
            {
                key |= (ulong)typeRanks[i] << (LengthBits + StartBits);
            }

            keys[i] = key;
            order[i] = i;
        }

        keys.AsSpan(0, n).Sort(order.AsSpan(0, n));
        for (var i = 0; i < n;)
        {
            var end = i + 1;
            while (end < n && keys[end] == keys[i])
            {
                end++;
            }

            for (var j = i + 1; j < end; j++)
            {
                // Insertion sort of the (short) run of equal keys by the full order.
                var moving = order[j];
                var k = j - 1;
                while (k >= i && comparer.Compare(matches[order[k]], matches[moving]) > 0)
                {
                    order[k + 1] = order[k];
                    k--;
                }

                order[k + 1] = moving;
            }

            i = end;
        }

        for (var i = 0; i < n; i++)
        {
            copy[i] = matches[order[i]];
        }

        copy.AsSpan(0, n).CopyTo(matches);
    }

    // Key layout: 8 bits of type rank, 31 of start, 25 of "how much shorter than 2^25" (longer first).
    private const int LengthBits = 25;
    private const int StartBits = 31;
    private const ulong LengthMask = (1UL << LengthBits) - 1;

    private static int MergeSameType(Span<PiiMatch> sorted)
    {
        var kept = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var current = sorted[i];
            if (kept > 0)
            {
                ref var last = ref sorted[kept - 1];
                if (string.Equals(last.EntityType, current.EntityType, StringComparison.Ordinal) && current.Start < last.End)
                {
                    var best = current.Score > last.Score ? current : last;
                    var end = Math.Max(last.End, current.End);
                    last = best with { Start = last.Start, Length = end - last.Start };
                    continue;
                }
            }

            sorted[kept++] = current;
        }

        return kept;
    }

    private static int ResolveAcrossTypes(Span<PiiMatch> sorted)
    {
        var kept = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var candidate = sorted[i];
            var firstOverlap = kept;
            while (firstOverlap > 0 && sorted[firstOverlap - 1].End > candidate.Start)
            {
                firstOverlap--;
            }

            var wins = true;
            for (var k = firstOverlap; k < kept && wins; k++)
            {
                wins = Beats(candidate, sorted[k]);
            }

            if (wins)
            {
                kept = firstOverlap;
                sorted[kept++] = candidate;
            }
        }

        return kept;
    }

    private static bool Beats(in PiiMatch challenger, in PiiMatch holder)
    {
        if (challenger.Score != holder.Score)
        {
            return challenger.Score > holder.Score;
        }

        return challenger.Length > holder.Length;
    }

    // A total order (start, then longer first, then higher score, then names), so the result depends only on the set
    // of matches, not on the order recognizers reported them in.
    private static int ByStart(in PiiMatch a, in PiiMatch b)
    {
        var order = a.Start.CompareTo(b.Start);
        if (order == 0)
        {
            order = b.Length.CompareTo(a.Length);
        }

        if (order == 0)
        {
            order = b.Score.CompareTo(a.Score);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.EntityType, b.EntityType);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Recognizer, b.Recognizer);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Explanation.Pattern, b.Explanation.Pattern);
    }

    // The total orders, for the runs of equal keys and for more types than the keys can rank.
    private readonly struct StartThenRest : IComparer<PiiMatch>
    {
        public int Compare(PiiMatch a, PiiMatch b) => ByStart(a, b);
    }

    private readonly struct TypeThenStart : IComparer<PiiMatch>
    {
        public int Compare(PiiMatch a, PiiMatch b)
        {
            var byType = string.CompareOrdinal(a.EntityType, b.EntityType);
            return byType != 0 ? byType : ByStart(a, b);
        }
    }
}
