using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.SG;

/// <summary>The built-in recognizers of Singapore identifiers.</summary>
internal static class SgRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return SgNricFinRecognizer.Create();
        yield return SgUenRecognizer.Create();
    }
}
