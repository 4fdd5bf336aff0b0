using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.PL;

/// <summary>The built-in recognizers of Polish identifiers.</summary>
internal static class PlRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return PlPeselRecognizer.Create();
    }
}
