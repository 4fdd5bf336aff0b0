using Anonymizer.Anonymization;
using Anonymizer.Keys;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Anonymization;

public sealed class PolicyFileTests
{
    private const string IssueExample = """
        { "default": { "strategy": "replace" },
          "entities": { "EMAIL_ADDRESS": { "strategy": "hash" }, "PERSON": { "strategy": "pseudonymize" },
                        "CREDIT_CARD": { "strategy": "mask", "keepLast": 4 }, "US_SSN": { "strategy": "encrypt" },
                        "PHONE_NUMBER": { "strategy": "redact" } } }
        """;

    [Fact]
    public void Reads_the_example_policy()
    {
        var policy = PolicyFile.Parse(IssueExample, StrategyHarness.KeyA);
        Assert.Same(ReplaceStrategy.Default, policy.Default);
        Assert.IsType<HashStrategy>(policy.StrategyFor("EMAIL_ADDRESS"));
        Assert.IsType<PseudonymizeStrategy>(policy.StrategyFor("PERSON"));
        Assert.Equal(4, Assert.IsType<MaskStrategy>(policy.StrategyFor("CREDIT_CARD")).Options.KeepLast);
        Assert.IsType<EncryptStrategy>(policy.StrategyFor("US_SSN"));
        Assert.Same(RedactStrategy.Instance, policy.StrategyFor("PHONE_NUMBER"));
        Assert.Same(ReplaceStrategy.Default, policy.StrategyFor("IP_ADDRESS"));
    }

    [Fact]
    public void Reads_every_option_of_every_strategy()
    {
        var policy = PolicyFile.Parse("""
            {
              // comments and trailing commas are allowed
              "default": "redact",
              "entities": {
                "A": { "strategy": "replace", "template": "[{type}#{n}]" },
                "B": { "strategy": "replace", "numbered": true },
                "C": { "strategy": "mask", "maskChar": "#", "count": 3, "fromEnd": true, "keepLast": 2, "keepSeparators": false },
                "D": { "strategy": "hash", "algorithm": "hmac-sha512", "encoding": "base64url", "length": 12, "keyIdPrefix": true },
                "E": { "strategy": "pseudonymize", "locale": "de", "minDays": 1, "maxDays": 9, "dayFirst": true },
                "F": { "strategy": "encrypt", "mode": "format-preserving" },
                "G": { "strategy": "shift-date", "minDays": -10, "maxDays": -1, "dayFirst": true },
                "H": { "strategy": "generalize", "kind": "age", "date": "month", "postcodeLength": 2, "ageBand": 5, "ageCap": 80, "dayFirst": false },
                "I": "keep",
                "J": { "strategy": "hash", "algorithm": "sha256-salted" },
              },
            }
            """, StrategyHarness.KeyA);
        Assert.Same(RedactStrategy.Instance, policy.Default);
        Assert.Equal("[{type}#{n}]", Assert.IsType<ReplaceStrategy>(policy.StrategyFor("A")).Template);
        Assert.Same(ReplaceStrategy.Numbered, policy.StrategyFor("B"));
        Assert.Equal(new MaskOptions { MaskChar = '#', Count = 3, FromEnd = true, KeepLast = 2, KeepSeparators = false }, ((MaskStrategy)policy.StrategyFor("C")).Options);
        Assert.Equal(new HashOptions { Algorithm = HashAlgorithm.HmacSha512, Encoding = HashEncoding.Base64Url, Length = 12, KeyIdPrefix = true }, ((HashStrategy)policy.StrategyFor("D")).Options);
        var e = (PseudonymizeStrategy)policy.StrategyFor("E");
        Assert.Equal("de", e.Options.Locale);
        Assert.Equal(new DateShiftOptions { MinDays = 1, MaxDays = 9, DayFirst = true }, e.Options.Dates);
        Assert.Equal(EncryptionMode.FormatPreserving, ((EncryptStrategy)policy.StrategyFor("F")).Options.Mode);
        Assert.InRange(((DateShiftStrategy)policy.StrategyFor("G")).OffsetDays, -10, -1);
        Assert.Equal(new GeneralizeOptions { Kind = GeneralizeKind.Age, Date = DateGranularity.Month, PostcodeLength = 2, AgeBand = 5, AgeCap = 80 }, ((GeneralizeStrategy)policy.StrategyFor("H")).Options);
        Assert.Same(KeepStrategy.Instance, policy.StrategyFor("I"));
        Assert.Equal(HashAlgorithm.Sha256Salted, ((HashStrategy)policy.StrategyFor("J")).Options.Algorithm);
    }

    [Theory]
    [InlineData("""{ "entities": { "CREDIT_CARD": { "strategy": "mask", "keepLast": -1 } } }""", "$.entities.CREDIT_CARD.keepLast", "must be a non-negative integer")]
    [InlineData("""{ "entities": { "CREDIT_CARD": { "strategy": "mask", "keepLast": "4" } } }""", "$.entities.CREDIT_CARD.keepLast", "must be a non-negative integer")]
    [InlineData("""{ "entities": { "CREDIT_CARD": { "strategy": "mask", "keeplast": 4 } } }""", "$.entities.CREDIT_CARD.keeplast", "unknown option of the 'mask' strategy")]
    [InlineData("""{ "entities": { "X": { "strategy": "mask", "maskChar": "ab" } } }""", "$.entities.X.maskChar", "must be a single character")]
    [InlineData("""{ "entities": { "X": { "strategy": "mask", "fromEnd": 1 } } }""", "$.entities.X.fromEnd", "must be true or false")]
    [InlineData("""{ "entities": { "X": { "strategy": "shred" } } }""", "$.entities.X.strategy", "unknown strategy 'shred'")]
    [InlineData("""{ "entities": { "X": { "strategy": "custom" } } }""", "$.entities.X.strategy", "library API")]
    [InlineData("""{ "entities": { "X": { "keepLast": 4 } } }""", "$.entities.X", "needs \"strategy\"")]
    [InlineData("""{ "entities": { "X": 4 } }""", "$.entities.X", "must be an object")]
    [InlineData("""{ "entities": [] }""", "$.entities", "must be an object")]
    [InlineData("""{ "colums": {} }""", "$.colums", "unknown member")]
    [InlineData("""{ "entities": { "X": { "strategy": "hash", "algorithm": "md5" } } }""", "$.entities.X.algorithm", "must be one of: hmac-sha256, hmac-sha512, sha256-salted")]
    [InlineData("""{ "entities": { "X": { "strategy": "hash", "length": 4 } } }""", "$.entities.X.length", "must be an integer of at least 8")]
    [InlineData("""{ "entities": { "X": { "strategy": "shift-date", "minDays": 5, "maxDays": 1 } } }""", "$.entities.X", "MinDays must not exceed MaxDays.")]
    [InlineData("""{ "entities": { "X Y": { "strategy": "nope" } } }""", "$.entities['X Y'].strategy", "unknown strategy 'nope'")]
    [InlineData("""{ "default": { "strategy": "replace" }, "default": "redact" }""", "$.default", "appears twice")]
    [InlineData("""{ "entities": { """, "$", "not valid JSON")]
    [InlineData("""[]""", "$", "must be a JSON object")]
    public void Errors_name_the_json_path(string json, string path, string reason)
    {
        var error = Assert.Throws<PolicyException>(() => PolicyFile.Parse(json, StrategyHarness.KeyA));
        Assert.Equal(path, error.JsonPath);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith(path + ": ", error.Message);
    }

    [Fact]
    public void The_brief_example_message()
    {
        var error = Assert.Throws<PolicyException>(() => PolicyFile.Parse("""{ "entities": { "CREDIT_CARD": { "strategy": "mask", "keepLast": -1 } } }""", null));
        Assert.Equal("$.entities.CREDIT_CARD.keepLast: must be a non-negative integer", error.Message);
    }

    [Fact]
    public void A_keyed_strategy_without_a_key_names_both_ways_to_give_one()
    {
        var error = Assert.Throws<KeyRequiredException>(() => PolicyFile.Parse(IssueExample, null));
        Assert.Contains("--key-file", error.Message);
        Assert.Contains("ANONYMIZER_KEY", error.Message);
        Assert.Contains("$.entities.EMAIL_ADDRESS", error.Message);

        // Unkeyed strategies need no key.
        Assert.NotNull(PolicyFile.Parse("""{ "entities": { "X": "mask", "Y": { "strategy": "hash", "algorithm": "sha256-salted" } } }""", null));
    }

    [Fact]
    public void Loads_from_a_file_and_a_stream()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, IssueExample);
            Assert.Equal(5, PolicyFile.Load(path, StrategyHarness.KeyA).ByEntity.Count);
            using var stream = File.OpenRead(path);
            Assert.Equal(5, PolicyFile.Load(stream, StrategyHarness.KeyA).ByEntity.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_same_policy_built_in_code_gives_the_same_output()
    {
        const string text = "Mail jane@example.com or call 555-0100.";
        var fromFile = new AnonymizerBuilder().WithPolicy(PolicyFile.Parse(IssueExample, StrategyHarness.KeyA)).Build().Anonymize(text).Text;
        var inCode = new AnonymizerBuilder()
            .WithDefaultStrategy(ReplaceStrategy.Default)
            .WithStrategy("EMAIL_ADDRESS", new HashStrategy(StrategyHarness.KeyA))
            .WithStrategy("PERSON", new PseudonymizeStrategy(StrategyHarness.KeyA))
            .WithStrategy("CREDIT_CARD", new MaskStrategy(new MaskOptions { KeepLast = 4 }))
            .WithStrategy("US_SSN", new EncryptStrategy(StrategyHarness.KeyA))
            .WithStrategy("PHONE_NUMBER", RedactStrategy.Instance)
            .Build().Anonymize(text).Text;
        Assert.Equal(inCode, fromFile);
        Assert.DoesNotContain("jane@example.com", fromFile);
    }
}
