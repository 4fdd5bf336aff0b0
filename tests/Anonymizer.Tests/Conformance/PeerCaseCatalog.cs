using System.Text.Json;
using Anonymizer.Analysis;

namespace Anonymizer.Tests.Conformance;

/// <summary>Loads the peer cases and the known differences, and runs a case through the analyzer.</summary>
public static class PeerCaseCatalog
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "PeerCases");

    public static IReadOnlyList<PeerCase> All { get; } = File.ReadLines(Path.Combine(Folder, "presidio-recognizer-cases.jsonl"))
        .Where(l => l.Length > 0)
        .Select(l => JsonSerializer.Deserialize<PeerCase>(l)!)
        .ToArray();

    public static IReadOnlyDictionary<string, KnownDifference> KnownDifferences { get; } =
        JsonSerializer.Deserialize<KnownDifference[]>(File.ReadAllText(Path.Combine(Folder, "known-differences.json")))!
            .ToDictionary(d => d.Key);

    /// <summary>The cases of entity types we implement (model-dependent ones excluded: they belong to the ML tier).</summary>
    public static IEnumerable<PeerCase> Implemented => All.Where(c => !c.ModelDependent && PeerRecognizers.Supports(c));

    /// <summary>Our spans for the case's text and entity type (distinct, sorted).</summary>
    public static (int Start, int End)[] Run(PeerCase peerCase)
    {
        var analyzer = PeerRecognizers.AnalyzerFor(peerCase);
        var matches = analyzer.Analyze(peerCase.Text, new AnalysisOptions { Entities = [peerCase.Entity], MinScore = 0 });
        return matches.Where(m => m.EntityType == peerCase.Entity).Select(m => (m.Start, m.End)).Distinct().Order().ToArray();
    }

    /// <summary>Whether our spans meet Presidio's expectation for the case.</summary>
    public static bool Meets(PeerCase peerCase, (int Start, int End)[] ours)
    {
        if (peerCase.ExpectedCount == 0)
        {
            return ours.Length == 0;
        }

        if (peerCase.ExpectedSpans is null)
        {
            return ours.Length == peerCase.ExpectedCount;
        }

        var expected = peerCase.ExpectedSpans.Select(s => (s[0], s[1])).Distinct().Order().ToArray();
        return peerCase.SpansPartial
            ? expected.All(ours.Contains) && ours.Length == peerCase.ExpectedCount
            : expected.SequenceEqual(ours);
    }
}
