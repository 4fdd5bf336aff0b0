using System.Collections.Concurrent;
using Anonymizer.Analysis;

namespace Anonymizer.Tests.Conformance;

/// <summary>
/// The analyzer a peer case runs under: the built-in catalog, or, where Presidio's test configured its recognizer
/// (phone regions, strict checksum), ours configured the same way.
/// </summary>
public static class PeerRecognizers
{
    private static readonly PiiAnalyzer Default = new AnonymizerBuilder().BuildAnalyzer();
    private static readonly ConcurrentDictionary<string, PiiAnalyzer> Configured = new();

    public static bool Supports(PeerCase peerCase) =>
        peerCase.ParamsKey.Length == 0
            ? Default.SupportedEntities.Contains(peerCase.Entity)
            : Configure(peerCase) is not null;

    public static PiiAnalyzer AnalyzerFor(PeerCase peerCase) =>
        peerCase.ParamsKey.Length == 0 ? Default : Configure(peerCase) ?? throw new InvalidOperationException($"No configured recognizer for {peerCase}");

    private static PiiAnalyzer? Configure(PeerCase peerCase)
    {
        var recognizer = PeerRecognizerFactory.Create(peerCase);
        if (recognizer is null)
        {
            return null;
        }

        return Configured.GetOrAdd(peerCase.ParamsKey + peerCase.Entity, _ => new AnonymizerBuilder()
            .WithoutBuiltInRecognizers()
            .AddRecognizer(recognizer)
            .BuildAnalyzer());
    }
}
