using Xunit.Abstractions;

namespace Anonymizer.Tests.Conformance;

/// <summary>
/// Presidio's recognizer test cases as conformance tests: every non-model case of an entity type we implement must
/// give Presidio's spans (positive: the same spans as a set; negative: nothing of that type), except the few listed in
/// PeerCases/known-differences.json, which must give exactly the spans recorded there (with the reason we differ).
/// </summary>
public sealed class PeerCaseTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var key in PeerCaseCatalog.Implemented.Select(c => c.Key).Distinct())
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_presidio_or_its_documented_difference(string key)
    {
        foreach (var peerCase in PeerCaseCatalog.Implemented.Where(c => c.Key == key))
        {
            var ours = PeerCaseCatalog.Run(peerCase);
            if (PeerCaseCatalog.KnownDifferences.TryGetValue(key, out var difference))
            {
                Assert.False(PeerCaseCatalog.Meets(peerCase, ours), $"Known difference no longer differs; remove it from known-differences.json: {peerCase}");
                Assert.Equal(difference.Ours.Select(s => (s[0], s[1])).Order().ToArray(), ours);
            }
            else
            {
                Assert.True(
                    PeerCaseCatalog.Meets(peerCase, ours),
                    $"{peerCase.Source} {peerCase.Test}: expected {Describe(peerCase)}, got [{string.Join(", ", ours.Select(s => $"[{s.Start},{s.End})"))}] for: {peerCase.Text}");
            }
        }
    }

    [Fact]
    public void Every_implemented_entity_passes_at_least_95_percent_and_known_differences_stay_few()
    {
        var byEntity = PeerCaseCatalog.Implemented.GroupBy(c => c.Entity).OrderBy(g => g.Key).ToArray();
        Assert.NotEmpty(byEntity);
        var failures = new List<string>();
        var total = 0;
        var passed = 0;
        foreach (var group in byEntity)
        {
            // Documented differences (known-differences.json, each with its reason) are reported, not counted.
            var all = group.ToArray();
            var cases = all.Where(c => !PeerCaseCatalog.KnownDifferences.ContainsKey(c.Key)).ToArray();
            var ok = cases.Count(c => PeerCaseCatalog.Meets(c, PeerCaseCatalog.Run(c)));
            total += cases.Length;
            passed += ok;
            var rate = (double)ok / cases.Length;
            var differences = all.Length - cases.Length;
            output.WriteLine($"{group.Key,-28} {ok,4}/{cases.Length,-4} {rate:P1}{(differences > 0 ? $" (+{differences} known difference)" : "")}");
            if (rate < 0.95)
            {
                failures.Add($"{group.Key}: {rate:P1}");
            }
        }

        output.WriteLine($"{"all",-28} {passed,4}/{total,-4} {(double)passed / total:P1}");
        Assert.Empty(failures);
        Assert.True(PeerCaseCatalog.KnownDifferences.Count <= total / 20, "The known-differences list must stay short (at most 5% of the cases).");
    }

    [Fact]
    public void Known_differences_each_name_a_real_case_and_a_reason()
    {
        var keys = PeerCaseCatalog.All.Select(c => c.Key).ToHashSet();
        foreach (var difference in PeerCaseCatalog.KnownDifferences.Values)
        {
            Assert.Contains(difference.Key, keys);
            Assert.False(string.IsNullOrWhiteSpace(difference.Reason), $"No reason given for {difference.Entity}: {difference.Text}");
        }
    }

    private static string Describe(PeerCase peerCase) =>
        peerCase.ExpectedCount == 0
            ? "nothing"
            : peerCase.ExpectedSpans is null
                ? $"{peerCase.ExpectedCount} match(es)"
                : string.Join(", ", peerCase.ExpectedSpans.Select(s => $"[{s[0]},{s[1]})"));
}
