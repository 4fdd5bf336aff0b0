using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using Anonymizer.Recognizers.Countries.DE;

namespace Anonymizer.Tests.Recognizers.Countries;

/// <summary>Default on/off of the country recognizers and the ways to turn the others on.</summary>
public sealed class CountryDefaultsTests
{
    private const string Text = "Anschrift: Hauptstraße 1, 10115 Berlin. KFZ B AB 1234.";

    [Fact]
    public void Noisy_country_recognizers_are_off_by_default()
    {
        var found = new AnonymizerBuilder().BuildAnalyzer().Analyze(Text);
        Assert.DoesNotContain(found, m => m.EntityType is PiiEntityTypes.DePlz or PiiEntityTypes.DeKfz);
    }

    [Fact]
    public void Naming_the_country_turns_its_recognizers_on()
    {
        var found = new AnonymizerBuilder().WithCountries("DE").BuildAnalyzer().Analyze(Text);
        Assert.Contains(found, m => m.EntityType == PiiEntityTypes.DePlz && Text.Substring(m.Start, m.Length) == "10115");
        Assert.Contains(found, m => m.EntityType == PiiEntityTypes.DeKfz && Text.Substring(m.Start, m.Length) == "B AB 1234");
    }

    [Fact]
    public void Naming_the_entity_turns_its_recognizer_on()
    {
        var found = new AnonymizerBuilder().BuildAnalyzer().Analyze(Text, new AnalysisOptions { Entities = [PiiEntityTypes.DeKfz] });
        var match = Assert.Single(found);
        Assert.Equal(PiiEntityTypes.DeKfz, match.EntityType);
    }

    [Fact]
    public void Every_country_recognizer_names_its_country_by_entity_prefix()
    {
        // Presidio's US entities without a prefix keep their Presidio names.
        string[] presidioNames = [PiiEntityTypes.AbaRoutingNumber, PiiEntityTypes.MedicalLicense];
        foreach (var recognizer in RecognizerCatalog.Create().Where(r => r.Country is not null))
        {
            Assert.All(
                recognizer.SupportedEntities.Except(presidioNames),
                e => Assert.StartsWith(recognizer.Country + "_", e, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("DE123456789", false, 1)]
    [InlineData("DE123456789", true, 0)]
    [InlineData("DE136695976", true, 1)]
    public void De_vat_id_strict_mode_rejects_a_wrong_check_digit(string text, bool strict, int expected)
    {
        var sink = new MatchSink();
        DeVatIdRecognizer.Create(strictChecksum: strict).Analyze(text, sink);
        Assert.Equal(expected, sink.Count);
    }
}
