using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Generic;

/// <summary>The generic (not country-specific) built-in recognizers.</summary>
internal static class GenericRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return EmailRecognizer.Create();
        yield return PhoneRecognizer.Create(options.PhoneRegions);
    }
}
