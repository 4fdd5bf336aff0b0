using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.IT;

/// <summary>The built-in recognizers of Italian identifiers.</summary>
internal static class ItRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return ItFiscalCodeRecognizer.Create();
        yield return ItVatCodeRecognizer.Create();
        yield return ItDriverLicenseRecognizer.Create();
        yield return ItIdentityCardRecognizer.Create();
        yield return ItPassportRecognizer.Create();
    }
}
