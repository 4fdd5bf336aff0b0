using System.Text.Json;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;
using Anonymizer.Recognizers.Countries.DE;
using Anonymizer.Recognizers.Countries.IN;
using Anonymizer.Recognizers.Countries.PL;
using Anonymizer.Recognizers.Countries.ZA;

namespace Anonymizer.Tests.Recognizers.Countries;

/// <summary>Every case of Presidio's <c>presidio-validator-cases.jsonl</c> against our validators: all must pass.</summary>
public sealed class CountryValidatorCaseTests
{
    private static readonly Dictionary<string, CandidateValidator> Validators = new(StringComparer.Ordinal)
    {
        ["DE_BSNR"] = DeBsnrRecognizer.Validate,
        ["DE_HEALTH_INSURANCE"] = DeHealthInsuranceRecognizer.Validate,
        ["DE_ID_CARD"] = DeIdCardRecognizer.Validate,
        ["DE_LANR"] = DeLanrRecognizer.Validate,
        ["DE_PASSPORT"] = DePassportRecognizer.Validate,
        ["DE_SOCIAL_SECURITY"] = DeSocialSecurityRecognizer.Validate,
        ["DE_TAX_ID"] = DeTaxIdRecognizer.Validate,
        ["DE_VAT_ID"] = DeVatIdRecognizer.Validate,
        ["DE_VAT_ID strict"] = DeVatIdRecognizer.ValidateStrict,
        ["IN_GSTIN"] = InGstinRecognizer.Validate,
        ["PL_PESEL"] = PlPeselRecognizer.Validate,
        ["ZA_ID_NUMBER"] = ZaIdNumberRecognizer.Validate,
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        // Presidio's suite states a few cases twice (with parameters these validators do not take): each runs once.
        var seen = new HashSet<(string, string, string)>();
        foreach (var line in File.ReadLines(RepoFiles.Path("tests/Anonymizer.Tests/PeerCases/presidio-validator-cases.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var key = root.GetProperty("entity").GetString()!;
            if (root.GetProperty("recognizer_params").ValueKind == JsonValueKind.Object
                && root.GetProperty("recognizer_params").TryGetProperty("strict_checksum", out var strict) && strict.GetBoolean())
            {
                key += " strict";
            }

            var expected = root.GetProperty("expected").ValueKind switch
            {
                JsonValueKind.True => nameof(ValidationOutcome.Valid),
                JsonValueKind.False => nameof(ValidationOutcome.Invalid),
                _ => nameof(ValidationOutcome.Undecided),
            };
            var input = root.GetProperty("input").GetString()!;
            if (seen.Add((key, input, expected)))
            {
                data.Add(key, input, expected);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validator_agrees_with_presidio(string validator, string input, string expected)
    {
        Assert.True(Validators.TryGetValue(validator, out var validate), $"no validator mapped for {validator}");
        Assert.Equal(expected, validate!(input).ToString());
    }
}
