using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.IN;

/// <summary>The built-in recognizers of Indian identifiers.</summary>
internal static class InRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return InAadhaarRecognizer.Create();
        yield return InGstinRecognizer.Create();
        yield return InVehicleRegistrationRecognizer.Create();
        yield return InPanRecognizer.Create();
        yield return InPassportRecognizer.Create();
        yield return InVoterRecognizer.Create();
    }
}
