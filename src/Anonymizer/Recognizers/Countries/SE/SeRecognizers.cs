using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.SE;

/// <summary>The built-in recognizers of Swedish identifiers.</summary>
internal static class SeRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return SePersonnummerRecognizer.Create();
        yield return SeOrganisationsnummerRecognizer.Create();
    }
}
