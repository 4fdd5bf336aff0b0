using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.DE;

/// <summary>The built-in recognizers of German identifiers.</summary>
internal static class DeRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return DeTaxIdRecognizer.Create();
        yield return DeVatIdRecognizer.Create();
        yield return DePassportRecognizer.Create();
        yield return DeIdCardRecognizer.Create();
        yield return DeSocialSecurityRecognizer.Create();
        yield return DeHealthInsuranceRecognizer.Create();
        yield return DeLanrRecognizer.Create();
        yield return DeBsnrRecognizer.Create();
        yield return DeTaxNumberRecognizer.Create();
        yield return DeKfzRecognizer.Create();
        yield return DeHandelsregisterRecognizer.Create();
        yield return DePlzRecognizer.Create();
        yield return DeFuehrerscheinRecognizer.Create();
    }
}
