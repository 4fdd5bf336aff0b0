using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>The built-in recognizers of United States identifiers.</summary>
internal static class UsRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return UsEinRecognizer.Create();
    }
}
