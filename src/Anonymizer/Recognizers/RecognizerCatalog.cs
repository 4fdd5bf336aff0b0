using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.AU;
using Anonymizer.Recognizers.Countries.BR;
using Anonymizer.Recognizers.Countries.CA;
using Anonymizer.Recognizers.Countries.CN;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Recognizers.Countries.ES;
using Anonymizer.Recognizers.Countries.FI;
using Anonymizer.Recognizers.Countries.FR;
using Anonymizer.Recognizers.Countries.IN;
using Anonymizer.Recognizers.Countries.IT;
using Anonymizer.Recognizers.Countries.JP;
using Anonymizer.Recognizers.Countries.KR;
using Anonymizer.Recognizers.Countries.MX;
using Anonymizer.Recognizers.Countries.NG;
using Anonymizer.Recognizers.Countries.NL;
using Anonymizer.Recognizers.Countries.PH;
using Anonymizer.Recognizers.Countries.PL;
using Anonymizer.Recognizers.Countries.SE;
using Anonymizer.Recognizers.Countries.SG;
using Anonymizer.Recognizers.Countries.TH;
using Anonymizer.Recognizers.Countries.TR;
using Anonymizer.Recognizers.Countries.UK;
using Anonymizer.Recognizers.Countries.US;
using Anonymizer.Recognizers.Countries.ZA;
using Anonymizer.Recognizers.Generic;

namespace Anonymizer.Recognizers;

/// <summary>The built-in recognizers.</summary>
public static class RecognizerCatalog
{
    /// <summary>Creates every built-in recognizer (on by default or not) with the given settings.</summary>
    public static IReadOnlyList<Recognizer> Create(RecognizerCatalogOptions? options = null)
    {
        options ??= new RecognizerCatalogOptions();
        var all = new List<Recognizer>();
        all.AddRange(GenericRecognizers.Create(options));
        all.AddRange(UsRecognizers.Create(options));
        all.AddRange(UkRecognizers.Create(options));
        all.AddRange(AuRecognizers.Create(options));
        all.AddRange(CaRecognizers.Create(options));
        all.AddRange(DeRecognizers.Create(options));
        all.AddRange(EsRecognizers.Create(options));
        all.AddRange(ItRecognizers.Create(options));
        all.AddRange(PlRecognizers.Create(options));
        all.AddRange(FiRecognizers.Create(options));
        all.AddRange(SeRecognizers.Create(options));
        all.AddRange(InRecognizers.Create(options));
        all.AddRange(SgRecognizers.Create(options));
        all.AddRange(KrRecognizers.Create(options));
        all.AddRange(NgRecognizers.Create(options));
        all.AddRange(PhRecognizers.Create(options));
        all.AddRange(ThRecognizers.Create(options));
        all.AddRange(TrRecognizers.Create(options));
        all.AddRange(ZaRecognizers.Create(options));
        all.AddRange(FrRecognizers.Create(options));
        all.AddRange(NlRecognizers.Create(options));
        all.AddRange(BrRecognizers.Create(options));
        all.AddRange(MxRecognizers.Create(options));
        all.AddRange(CnRecognizers.Create(options));
        all.AddRange(JpRecognizers.Create(options));
        return all;
    }
}
