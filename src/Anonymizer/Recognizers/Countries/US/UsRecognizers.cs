using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>The built-in recognizers of United States identifiers.</summary>
internal static class UsRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return UsSsnRecognizer.Create();
        yield return UsItinRecognizer.Create();
        yield return UsPassportRecognizer.Create();
        yield return UsLicenseRecognizer.Create();
        yield return UsBankRecognizer.Create();
        yield return AbaRoutingRecognizer.Create();
        yield return MedicalLicenseRecognizer.Create();
        yield return UsMbiRecognizer.Create();
        yield return UsNpiRecognizer.Create();
        yield return UsEinRecognizer.Create();
    }
}
