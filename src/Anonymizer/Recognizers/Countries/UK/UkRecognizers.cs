using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.UK;

/// <summary>The built-in recognizers of United Kingdom identifiers.</summary>
internal static class UkRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return NhsRecognizer.Create();
        yield return UkNinoRecognizer.Create();
        yield return UkPassportRecognizer.Create();
        yield return UkPostcodeRecognizer.Create();
        yield return UkDrivingLicenceRecognizer.Create();
        yield return UkVehicleRegistrationRecognizer.Create();
    }
}
