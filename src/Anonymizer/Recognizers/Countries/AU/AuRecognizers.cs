using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.AU;

/// <summary>The built-in recognizers of Australian identifiers.</summary>
internal static class AuRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return AuAbnRecognizer.Create();
        yield return AuAcnRecognizer.Create();
        yield return AuTfnRecognizer.Create();
        yield return AuMedicareRecognizer.Create();
    }
}
