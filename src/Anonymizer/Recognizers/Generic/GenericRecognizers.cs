using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Generic;

/// <summary>The generic (not country-specific) built-in recognizers.</summary>
internal static class GenericRecognizers
{
    public static IEnumerable<Recognizer> Create(RecognizerCatalogOptions options)
    {
        yield return EmailRecognizer.Create();
        yield return PhoneRecognizer.Create(options.PhoneRegions);
        yield return CreditCardRecognizer.Create();
        yield return IbanRecognizer.Create();
        yield return IpRecognizer.Create();
        yield return MacAddressRecognizer.Create();
        yield return UrlRecognizer.Create();
        yield return CryptoRecognizer.Create();
        yield return DateRecognizer.Create();
    }
}
