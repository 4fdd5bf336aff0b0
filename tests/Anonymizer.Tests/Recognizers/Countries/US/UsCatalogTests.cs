using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using Anonymizer.Recognizers.Generic;

namespace Anonymizer.Tests.Recognizers.Countries.US;

public sealed class UsCatalogTests
{
    private static readonly PiiAnalyzer Analyzer = new AnonymizerBuilder().BuildAnalyzer();

    [Theory]
    [InlineData("UsSsnRecognizer", "US_SSN", true, "US")]
    [InlineData("UsItinRecognizer", "US_ITIN", true, "US")]
    [InlineData("UsPassportRecognizer", "US_PASSPORT", false, "US")]
    [InlineData("UsLicenseRecognizer", "US_DRIVER_LICENSE", false, "US")]
    [InlineData("UsBankRecognizer", "US_BANK_NUMBER", false, "US")]
    [InlineData("AbaRoutingRecognizer", "ABA_ROUTING_NUMBER", true, "US")]
    [InlineData("MedicalLicenseRecognizer", "MEDICAL_LICENSE", true, "US")]
    [InlineData("UsMbiRecognizer", "US_MBI", true, "US")]
    [InlineData("UsNpiRecognizer", "US_NPI", true, "US")]
    [InlineData("NhsRecognizer", "UK_NHS", true, "UK")]
    [InlineData("PhoneRecognizer", "PHONE_NUMBER", true, null)]
    public void Catalog_registers_the_recognizer(string name, string entity, bool enabledByDefault, string? country)
    {
        var recognizer = Assert.Single(RecognizerCatalog.Create(), r => r.Name == name);
        Assert.Equal([entity], recognizer.SupportedEntities);
        Assert.Equal(enabledByDefault, recognizer.EnabledByDefault);
        Assert.Equal(country, recognizer.Country);
    }

    [Fact]
    public void Catalog_passes_the_phone_regions()
    {
        var catalog = RecognizerCatalog.Create(new RecognizerCatalogOptions { PhoneRegions = ["PH", "UK"] });
        var phone = Assert.IsType<PhoneRecognizer>(Assert.Single(catalog, r => r.Name == "PhoneRecognizer"));
        Assert.Equal(["PH", "GB"], phone.Regions);
    }

    [Fact]
    public void Weak_digit_recognizers_run_only_when_named()
    {
        const string text = "account 945456787654";
        Assert.DoesNotContain(Analyzer.Analyze(text), m => m.EntityType == PiiEntityTypes.UsBankNumber);
        var named = Analyzer.Analyze(text, new AnalysisOptions { Entities = [PiiEntityTypes.UsBankNumber], MinScore = 0 });
        var match = Assert.Single(named);
        Assert.Equal((8, 20), (match.Start, match.End));
    }

    [Fact]
    public void Naming_the_country_enables_its_weak_recognizers()
    {
        var analyzer = new AnonymizerBuilder().WithCountries("US").BuildAnalyzer();
        Assert.Contains(analyzer.EnabledRecognizers(), r => r.Name == "UsPassportRecognizer");
    }

    [Fact]
    public void Context_words_raise_the_ssn_score()
    {
        var bare = Assert.Single(Analyzer.Analyze("078-05-1123", new AnalysisOptions { Entities = [PiiEntityTypes.UsSsn], MinScore = 0 }));
        var withContext = Assert.Single(Analyzer.Analyze("my ssn is 078-05-1123", new AnalysisOptions { Entities = [PiiEntityTypes.UsSsn], MinScore = 0 }));
        Assert.True(withContext.Score > bare.Score);
    }
}
