using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.CN;

/// <summary>The built-in recognizers of Chinese identifiers.</summary>
internal static class CnRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return CnResidentIdRecognizer.Create();
    }
}
