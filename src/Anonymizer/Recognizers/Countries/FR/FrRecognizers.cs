using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.FR;

/// <summary>The built-in recognizers of French identifiers.</summary>
internal static class FrRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return FrNirRecognizer.Create();
        yield return FrSirenRecognizer.Create();
        yield return FrSiretRecognizer.Create();
    }
}
