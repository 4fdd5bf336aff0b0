using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.NL;

/// <summary>The built-in recognizers of Dutch identifiers.</summary>
internal static class NlRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return NlBsnRecognizer.Create();
    }
}
