using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.CA;

/// <summary>The built-in recognizers of Canadian identifiers.</summary>
internal static class CaRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return CaSinRecognizer.Create();
    }
}
