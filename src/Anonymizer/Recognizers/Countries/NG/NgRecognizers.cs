using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.NG;

/// <summary>The built-in recognizers of Nigerian identifiers.</summary>
internal static class NgRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return NgNinRecognizer.Create();
        yield return NgVehicleRegistrationRecognizer.Create();
    }
}
