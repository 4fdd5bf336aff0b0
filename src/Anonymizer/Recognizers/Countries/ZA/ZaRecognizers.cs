using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.ZA;

/// <summary>The built-in recognizers of South African identifiers.</summary>
internal static class ZaRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return ZaIdNumberRecognizer.Create();
    }
}
