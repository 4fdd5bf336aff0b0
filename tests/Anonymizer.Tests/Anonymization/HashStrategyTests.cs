using System.Security.Cryptography;
using System.Text;
using Anonymizer.Anonymization;
using Anonymizer.Keys;
using Anonymizer.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HashAlgorithm = Anonymizer.Anonymization.HashAlgorithm;

namespace Anonymizer.Tests.Anonymization;

public sealed class HashStrategyTests
{
    [Fact]
    public void Default_is_hex_hmac_sha256_with_the_hash_sub_key()
    {
        var hash = StrategyHarness.Rewrite(new HashStrategy(StrategyHarness.KeyA), "jane@example.com");
        Assert.Equal(64, hash.Length);
        Assert.Matches("^[0-9a-f]{64}$", hash);

        // Independent check: the sub-key is HKDF-SHA256(key, info "anonymizer/v1/hash").
        var subKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(), 32, [], Encoding.UTF8.GetBytes("anonymizer/v1/hash"));
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(subKey, Encoding.UTF8.GetBytes("jane@example.com"))), hash);
    }

    [Fact]
    public void Sha512_base64url_truncated_and_prefixed()
    {
        var strategy = new HashStrategy(StrategyHarness.KeyA, new HashOptions { Algorithm = HashAlgorithm.HmacSha512, Encoding = HashEncoding.Base64Url, Length = 16, KeyIdPrefix = true });
        var hash = StrategyHarness.Rewrite(strategy, "jane@example.com");
        Assert.Matches($"^{StrategyHarness.KeyA.KeyId}:[A-Za-z0-9_-]{{16}}$", hash);
        Assert.Equal(86, StrategyHarness.Rewrite(new HashStrategy(StrategyHarness.KeyA, new HashOptions { Algorithm = HashAlgorithm.HmacSha512, Encoding = HashEncoding.Base64Url }), "x").Length);
    }

    [Fact]
    public void Salted_mode_needs_no_key_and_is_unlinkable()
    {
        var strategy = new HashStrategy(null, new HashOptions { Algorithm = HashAlgorithm.Sha256Salted });
        var a = StrategyHarness.Rewrite(strategy, "jane@example.com");
        var b = StrategyHarness.Rewrite(strategy, "jane@example.com");
        Assert.Equal(64, a.Length);
        Assert.NotEqual(a, b);
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData("jane@example.com"u8)), a);
    }

    [Fact]
    public void A_keyed_mode_without_a_key_names_both_ways_to_give_one()
    {
        var error = Assert.Throws<KeyRequiredException>(() => new HashStrategy(null));
        Assert.Contains("--key-file", error.Message);
        Assert.Contains("ANONYMIZER_KEY", error.Message);
    }

    [Fact]
    public void Rejects_a_too_short_length() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HashStrategy(StrategyHarness.KeyA, new HashOptions { Length = 4 }));

    [Property]
    public Property Same_key_same_hash_other_key_other_hash(NonEmptyString value)
    {
        var a1 = StrategyHarness.Rewrite(new HashStrategy(StrategyHarness.KeyA), value.Get);
        var a2 = StrategyHarness.Rewrite(new HashStrategy(StrategyHarness.KeyA), value.Get);
        var b = StrategyHarness.Rewrite(new HashStrategy(StrategyHarness.KeyB), value.Get);
        return (a1 == a2 && a1 != b).ToProperty();
    }
}
