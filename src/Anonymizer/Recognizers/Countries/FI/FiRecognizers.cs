using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.FI;

/// <summary>The built-in recognizers of Finnish identifiers.</summary>
internal static class FiRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return FiPersonalIdentityCodeRecognizer.Create();
    }
}
