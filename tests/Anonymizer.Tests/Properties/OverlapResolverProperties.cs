using Anonymizer.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Properties;

/// <summary>
/// The overlap resolution sorts by packed integer keys and repairs runs of equal keys; these properties hold it to the
/// rules written out plainly (a comparison sort over the total order, the same merge and the same contest), and to its
/// promise that the result depends only on the set of matches.
/// </summary>
public sealed class OverlapResolverProperties
{
    private static readonly string[] Types = ["URL", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_TIME", "US_SSN", "IP_ADDRESS"];
    private static readonly string[] Recognizers = ["A", "B", "C"];
    private static readonly double[] Scores = [0.05, 0.4, 0.5, 0.6, 0.85, 1.0];

    // Few distinct starts, lengths and scores, so that ties (the runs the keys cannot order) are common.
    private static Arbitrary<PiiMatch[]> Matches() =>
        Gen.ArrayOf(
                from type in Gen.Elements(Types)
                from start in Gen.Choose(0, 12)
                from length in Gen.Frequency((6, Gen.Choose(1, 5)), (1, Gen.Choose(1 << 24, (1 << 25) + 10)))
                from score in Gen.Elements(Scores)
                from recognizer in Gen.Elements(Recognizers)
                from pattern in Gen.Elements("p", "q")
                // A fresh string instance now and then: types are compared by value, not by reference.
                from copied in Gen.Elements(false, false, true)
                select new PiiMatch(copied ? new string(type.AsSpan()) : type, start, length, score, recognizer, new MatchExplanation(pattern, ValidationOutcome.Undecided, score)))
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Resolution_follows_the_plain_rules() =>
        Prop.ForAll(Matches(), matches =>
        {
            var resolved = matches.ToArray();
            var count = OverlapResolver.Resolve(resolved);
            return resolved.AsSpan(0, count).SequenceEqual(PlainResolve(matches));
        });

    [Property(MaxTest = 300)]
    public Property Resolution_does_not_depend_on_the_order_matches_arrive_in() =>
        Prop.ForAll(Matches(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (matches, seed) =>
        {
            var shuffled = matches.ToArray();
            new Random(seed).Shuffle(shuffled);
            var first = matches.ToArray();
            var second = shuffled;
            var firstCount = OverlapResolver.Resolve(first);
            var secondCount = OverlapResolver.Resolve(second);
            return first.AsSpan(0, firstCount).SequenceEqual(second.AsSpan(0, secondCount));
        });

    [Fact]
    public void More_entity_types_than_the_keys_rank_resolve_by_the_same_rules()
    {
        var matches = Enumerable.Range(0, 600)
            .Select(i => new PiiMatch($"TYPE_{i % 300:D3}", i % 97, 1 + (i % 7), Scores[i % Scores.Length], "A", new MatchExplanation("p", ValidationOutcome.Undecided, 0.5)))
            .ToArray();
        var resolved = matches.ToArray();
        var count = OverlapResolver.Resolve(resolved);
        Assert.Equal(PlainResolve(matches), resolved.AsSpan(0, count).ToArray());
    }

    // The rules as documented on OverlapResolver, without the packed keys.
    private static PiiMatch[] PlainResolve(PiiMatch[] input)
    {
        var byType = input.ToList();
        byType.Sort((a, b) => string.CompareOrdinal(a.EntityType, b.EntityType) is var t and not 0 ? t : TotalOrder(a, b));
        var merged = new List<PiiMatch>();
        foreach (var match in byType)
        {
            if (merged.Count > 0 && merged[^1].EntityType == match.EntityType && match.Start < merged[^1].End)
            {
                var last = merged[^1];
                var best = match.Score > last.Score ? match : last;
                merged[^1] = best with { Start = last.Start, Length = Math.Max(last.End, match.End) - last.Start };
                continue;
            }

            merged.Add(match);
        }

        merged.Sort(TotalOrder);
        var kept = new List<PiiMatch>();
        foreach (var candidate in merged)
        {
            var overlapped = kept.Where(k => k.End > candidate.Start).ToList();
            if (overlapped.All(k => candidate.Score > k.Score || (candidate.Score == k.Score && candidate.Length > k.Length)))
            {
                kept.RemoveAll(overlapped.Contains);
                kept.Add(candidate);
            }
        }

        return [.. kept];
    }

    private static int TotalOrder(PiiMatch a, PiiMatch b)
    {
        var order = a.Start.CompareTo(b.Start);
        order = order != 0 ? order : b.Length.CompareTo(a.Length);
        order = order != 0 ? order : b.Score.CompareTo(a.Score);
        order = order != 0 ? order : string.CompareOrdinal(a.EntityType, b.EntityType);
        order = order != 0 ? order : string.CompareOrdinal(a.Recognizer, b.Recognizer);
        return order != 0 ? order : string.CompareOrdinal(a.Explanation.Pattern, b.Explanation.Pattern);
    }
}
