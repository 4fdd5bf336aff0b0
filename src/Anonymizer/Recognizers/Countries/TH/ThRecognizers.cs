using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.TH;

/// <summary>The built-in recognizers of Thai identifiers.</summary>
internal static class ThRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return ThTninRecognizer.Create();
    }
}
