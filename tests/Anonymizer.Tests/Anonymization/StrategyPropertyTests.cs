using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Anonymizer.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Anonymization;

/// <summary>Properties that hold across strategies.</summary>
public sealed class StrategyPropertyTests
{
    private static readonly (string Type, string Value)[] Samples =
    [
        (PiiEntityTypes.Person, "Jane Doe"), (PiiEntityTypes.Location, "Springfield"), (PiiEntityTypes.Organization, "Contoso Ltd"),
        (PiiEntityTypes.EmailAddress, "jane.doe@contoso.com"), (PiiEntityTypes.PhoneNumber, "+1 (212) 555-0100"),
        (PiiEntityTypes.CreditCard, "4111 1111 1111 1111"), (PiiEntityTypes.IbanCode, "GB82 WEST 1234 5698 7654 32"),
        (PiiEntityTypes.UsSsn, "123-45-6789"), (PiiEntityTypes.IpAddress, "192.168.1.20"), (PiiEntityTypes.DateTime, "2024-03-05"),
        (PiiEntityTypes.UsPassport, "X12345678"), ("ZIP_CODE", "94107"),
    ];

    private static AnonymizationStrategy[] AllButKeep(Anonymizer.Keys.AnonymizationKey key) =>
    [
        ReplaceStrategy.Default, ReplaceStrategy.Numbered, RedactStrategy.Instance, new MaskStrategy(),
        new HashStrategy(key), new HashStrategy(key, new HashOptions { Algorithm = HashAlgorithm.HmacSha512, Encoding = HashEncoding.Base64Url, Length = 16 }),
        new HashStrategy(null, new HashOptions { Algorithm = HashAlgorithm.Sha256Salted }),
        new PseudonymizeStrategy(key), new EncryptStrategy(key), new EncryptStrategy(key, new EncryptOptions { Mode = EncryptionMode.FormatPreserving }),
        new DateShiftStrategy(key), new GeneralizeStrategy(),
    ];

    private static readonly AnonymizationStrategy[] StrategiesA = AllButKeep(StrategyHarness.KeyA);

    [Property(MaxTest = 300)]
    public Property No_detected_value_survives_any_strategy_but_keep(PositiveInt sample, PositiveInt strategy, PositiveInt salt)
    {
        var (type, value) = Samples[sample.Get % Samples.Length];

        // Vary the value so the property is not only about the fixed samples: replace a few digits or letters.
        var random = new Random(salt.Get);
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]) && random.Next(3) == 0 && type != PiiEntityTypes.IbanCode && type != PiiEntityTypes.CreditCard && type != PiiEntityTypes.DateTime)
            {
                chars[i] = (char)('0' + random.Next(10));
            }
        }

        value = new string(chars);
        var s = StrategiesA[strategy.Get % StrategiesA.Length];
        var text = $"before {value} after";
        var result = new TextAnonymizer(new AnonymizationPolicy(s)).Anonymize(text, [StrategyHarness.Match(type, 7, value.Length)]);
        return (!result.Text.Contains(value, StringComparison.OrdinalIgnoreCase))
            .Label($"{s.Name} kept '{value}' ({type}) in '{result.Text}'");
    }

    [Property(MaxTest = 100)]
    public Property Same_key_gives_the_same_output_for_every_deterministic_strategy(PositiveInt sample)
    {
        var (type, value) = Samples[sample.Get % Samples.Length];
        var again = AllButKeep(Anonymizer.Keys.AnonymizationKey.FromBytes(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()));
        var ok = true;
        for (var i = 0; i < StrategiesA.Length; i++)
        {
            if (StrategiesA[i] is HashStrategy { Options.Algorithm: HashAlgorithm.Sha256Salted })
            {
                continue;
            }

            ok &= StrategyHarness.Rewrite(StrategiesA[i], value, type) == StrategyHarness.Rewrite(again[i], value, type);
        }

        return ok.ToProperty();
    }

    [Fact]
    public void Keep_is_the_only_strategy_that_lets_a_value_through() =>
        Assert.Equal("before Jane Doe after", new TextAnonymizer(new AnonymizationPolicy(KeepStrategy.Instance)).Anonymize("before Jane Doe after", [StrategyHarness.Match("PERSON", 7, 8)]).Text);
}
