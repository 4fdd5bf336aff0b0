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

        matches.Sort(default(TypeThenStart));
        var count = MergeSameType(matches);
        matches = matches[..count];
        matches.Sort(default(StartThenRest));
        return ResolveAcrossTypes(matches);
    }

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

    // Comparers as structs, so the sorts call them directly rather than through a delegate.
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
