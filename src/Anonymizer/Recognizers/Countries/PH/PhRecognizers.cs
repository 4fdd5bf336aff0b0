using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.PH;

/// <summary>The built-in recognizers of Philippine identifiers.</summary>
internal static class PhRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return PhTinRecognizer.Create();
    }
}
