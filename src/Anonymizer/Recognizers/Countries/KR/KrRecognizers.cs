using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.KR;

/// <summary>The built-in recognizers of South Korean identifiers.</summary>
internal static class KrRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return KrRrnRecognizer.Create();
        yield return KrFrnRecognizer.Create();
        yield return KrBrnRecognizer.Create();
        yield return KrDriverLicenseRecognizer.Create();
        yield return KrPassportRecognizer.Create();
    }
}
