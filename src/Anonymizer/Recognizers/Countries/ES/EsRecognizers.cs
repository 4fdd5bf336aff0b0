using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.ES;

/// <summary>The built-in recognizers of Spanish identifiers.</summary>
internal static class EsRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return EsNifRecognizer.Create();
        yield return EsNieRecognizer.Create();
        yield return EsPassportRecognizer.Create();
    }
}
