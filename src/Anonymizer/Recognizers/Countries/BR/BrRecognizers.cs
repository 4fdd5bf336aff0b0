using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.BR;

/// <summary>The built-in recognizers of Brazilian identifiers.</summary>
internal static class BrRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return BrCpfRecognizer.Create();
        yield return BrCnpjRecognizer.Create();
    }
}
