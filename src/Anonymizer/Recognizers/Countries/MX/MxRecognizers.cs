using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.MX;

/// <summary>The built-in recognizers of Mexican identifiers.</summary>
internal static class MxRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return MxCurpRecognizer.Create();
        yield return MxRfcRecognizer.Create();
    }
}
