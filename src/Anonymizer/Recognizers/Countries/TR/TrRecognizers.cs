using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.TR;

/// <summary>The built-in recognizers of Turkish identifiers.</summary>
internal static class TrRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return TrNationalIdRecognizer.Create();
        yield return TrLicensePlateRecognizer.Create();
    }
}
