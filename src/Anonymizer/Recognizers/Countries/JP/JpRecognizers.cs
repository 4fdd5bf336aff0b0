using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.JP;

/// <summary>The built-in recognizers of Japanese identifiers.</summary>
internal static class JpRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return JpMyNumberRecognizer.Create();
    }
}
