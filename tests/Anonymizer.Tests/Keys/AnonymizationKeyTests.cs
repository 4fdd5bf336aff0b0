using Anonymizer.Keys;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Keys;

public sealed class AnonymizationKeyTests
{
    private static readonly byte[] Bytes = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Refuses_keys_under_256_bits()
    {
        var error = Assert.Throws<ArgumentException>(() => AnonymizationKey.FromBytes(new byte[31]));
        Assert.Contains("at least 256", error.Message);
        Assert.Throws<ArgumentException>(() => AnonymizationKey.FromBase64(Convert.ToBase64String(new byte[16])));
        Assert.Throws<ArgumentException>(() => AnonymizationKey.FromBase64("not base64!"));
    }

    [Fact]
    public void Key_id_is_short_stable_and_reveals_nothing()
    {
        var key = AnonymizationKey.FromBytes(Bytes);
        Assert.Matches("^[0-9a-f]{8}$", key.KeyId);
        Assert.Equal(key.KeyId, AnonymizationKey.FromBase64(Convert.ToBase64String(Bytes)).KeyId);
        Assert.NotEqual(key.KeyId, StrategyHarness.KeyB.KeyId);
        Assert.DoesNotContain(Convert.ToBase64String(Bytes), key.ToString());
        Assert.Contains(key.KeyId, key.ToString());
    }

    [Fact]
    public void Reads_base64_and_base64url_with_white_space()
    {
        var base64 = Convert.ToBase64String(Enumerable.Range(250, 32).Select(i => (byte)i).ToArray());
        var url = base64.Replace('+', '-').Replace('/', '_').TrimEnd('=');
        Assert.Equal(AnonymizationKey.FromBase64(base64).KeyId, AnonymizationKey.FromBase64("  " + url + "\n").KeyId);
    }

    [Fact]
    public void Loads_from_a_file_as_base64_or_raw_bytes()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Convert.ToBase64String(Bytes) + "\n");
            Assert.Equal(StrategyHarness.KeyA.KeyId, AnonymizationKey.FromFile(path).KeyId);
            var raw = Enumerable.Range(0, 40).Select(i => (byte)(200 + i % 50)).ToArray();
            File.WriteAllBytes(path, raw);
            Assert.Equal(AnonymizationKey.FromBytes(raw).KeyId, AnonymizationKey.FromFile(path).KeyId);
            File.WriteAllText(path, "c2hvcnQ=");
            Assert.Throws<ArgumentException>(() => AnonymizationKey.FromFile(path));
            File.WriteAllText(path, "this is a passphrase, not a base64 key at all");
            Assert.Contains("not base64", Assert.Throws<ArgumentException>(() => AnonymizationKey.FromFile(path)).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Loads_from_the_environment_and_says_how_when_missing()
    {
        const string variable = "ANONYMIZER_TEST_KEY_5F2C";
        Environment.SetEnvironmentVariable(variable, null);
        Assert.Null(AnonymizationKey.TryFromEnvironment(variable));
        var error = Assert.Throws<KeyRequiredException>(() => AnonymizationKey.FromEnvironment(variable));
        Assert.Contains("--key-file", error.Message);
        Assert.Contains("ANONYMIZER_KEY", error.Message);
        Environment.SetEnvironmentVariable(variable, Convert.ToBase64String(Bytes));
        try
        {
            Assert.Equal(StrategyHarness.KeyA.KeyId, AnonymizationKey.FromEnvironment(variable).KeyId);
            Environment.SetEnvironmentVariable(variable, "dG9vIHNob3J0");
            var bad = Assert.Throws<ArgumentException>(() => AnonymizationKey.FromEnvironment(variable));
            Assert.DoesNotContain("dG9vIHNob3J0", bad.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Sub_keys_differ_per_purpose_and_generate_gives_fresh_keys()
    {
        var key = AnonymizationKey.FromBytes(Bytes);
        Assert.NotEqual(key.Derive("hash"), key.Derive("pseudonym"));
        Assert.Equal(key.Derive("hash"), key.Derive("hash"));
        using var a = AnonymizationKey.Generate();
        using var b = AnonymizationKey.Generate();
        Assert.NotEqual(a.KeyId, b.KeyId);
        Assert.Equal(a.KeyId, AnonymizationKey.FromBase64(a.ExportBase64()).KeyId);
    }

    [Fact]
    public void A_disposed_key_cannot_be_used()
    {
        var key = AnonymizationKey.FromBytes(Bytes);
        key.Dispose();
        Assert.Throws<ObjectDisposedException>(() => key.Derive("hash"));
        Assert.Throws<ObjectDisposedException>(() => key.ExportBase64());
    }
}
