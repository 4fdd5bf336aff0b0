using System.Security.Cryptography;
using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Anonymizer.Keys;
using Anonymizer.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Anonymization;

public sealed class EncryptStrategyTests
{
    private static readonly EncryptStrategy Deterministic = new(StrategyHarness.KeyA);
    private static readonly EncryptStrategy Fpe = new(StrategyHarness.KeyA, new EncryptOptions { Mode = EncryptionMode.FormatPreserving });
    private static readonly TextDecryptor Decryptor = new(StrategyHarness.KeyA);

    [Fact]
    public void Token_is_a_self_delimiting_envelope_with_the_key_id()
    {
        var token = StrategyHarness.Rewrite(Deterministic, "123-45-6789", PiiEntityTypes.UsSsn);
        Assert.Matches($@"^\[\[ENC:{StrategyHarness.KeyA.KeyId}:[A-Za-z0-9_-]+\]\]$", token);
        Assert.Equal(token, StrategyHarness.Rewrite(Deterministic, "123-45-6789", PiiEntityTypes.UsSsn));
        Assert.NotEqual(token, StrategyHarness.Rewrite(new EncryptStrategy(StrategyHarness.KeyB), "123-45-6789"));
        Assert.Equal("123-45-6789", Decryptor.Decrypt(token));
    }

    [Fact]
    public void Decrypts_every_token_in_a_text_exactly()
    {
        const string text = "Jane Doe (SSN 123-45-6789) wrote to jane@example.com.";
        var matches = new[] { StrategyHarness.Match("PERSON", 0, 8), StrategyHarness.Match("US_SSN", 14, 11), StrategyHarness.Match("EMAIL_ADDRESS", 36, 16) };
        var encrypted = new TextAnonymizer(new AnonymizationPolicy(Deterministic)).Anonymize(text, matches).Text;
        Assert.DoesNotContain("Jane", encrypted);
        Assert.DoesNotContain("6789", encrypted);
        Assert.Equal(text, Decryptor.Decrypt(encrypted));
    }

    [Property(MaxTest = 300)]
    public Property Decrypt_of_encrypt_is_the_identity_for_any_text(NonNull<string> text, int[] cuts)
    {
        var value = text.Get;
        var matches = new List<PiiMatch>();
        var position = 0;
        foreach (var cut in cuts ?? [])
        {
            var start = position + (Math.Abs(cut % 7));
            var length = 1 + Math.Abs(cut / 7 % 9);
            if (start + length > value.Length)
            {
                break;
            }

            matches.Add(StrategyHarness.Match(cut % 2 == 0 ? "A" : "B", start, length));
            position = start + length;
        }

        var encrypted = new TextAnonymizer(new AnonymizationPolicy(Deterministic)).Anonymize(value, matches.ToArray()).Text;
        return (Decryptor.Decrypt(encrypted) == value).ToProperty();
    }

    [Property]
    public Property Any_value_round_trips_even_with_lone_surrogates(NonEmptyString value)
    {
        var token = StrategyHarness.Rewrite(Deterministic, value.Get);
        return (Decryptor.Decrypt(token) == value.Get).ToProperty();
    }

    [Fact]
    public void A_lone_surrogate_round_trips() =>
        Assert.Equal("a\ud800b", Decryptor.Decrypt(StrategyHarness.Rewrite(Deterministic, "a\ud800b")));

    [Fact]
    public void An_altered_token_fails_authentication()
    {
        var token = StrategyHarness.Rewrite(Deterministic, "secret value");
        var body = token.ToCharArray();
        var i = token.Length - 4;
        body[i] = body[i] == 'A' ? 'B' : 'A';
        var error = Assert.Throws<CryptographicException>(() => Decryptor.Decrypt("x " + new string(body)));
        Assert.Contains("offset 2", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void A_token_of_another_key_names_its_key_id()
    {
        var token = StrategyHarness.Rewrite(new EncryptStrategy(StrategyHarness.KeyB), "v");
        var error = Assert.Throws<CryptographicException>(() => Decryptor.Decrypt(token));
        Assert.Contains(StrategyHarness.KeyB.KeyId, error.Message);
        Assert.Equal("v", new TextDecryptor(StrategyHarness.KeyA, StrategyHarness.KeyB).Decrypt(token));
    }

    [Theory]
    [InlineData("[[ENC:")]
    [InlineData("[[ENC:zzzzzzzz:abc]]")]
    [InlineData("[[[ENC:12345678]] text")]
    public void Text_that_only_resembles_an_envelope_is_copied(string text) => Assert.Equal(text, Decryptor.Decrypt(text));

    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("123-45-6789")]
    [InlineData("0044 20 7946 0018")]
    [InlineData("000000")]
    public void Format_preserving_keeps_length_and_separators_and_decrypts(string value)
    {
        var encrypted = StrategyHarness.Rewrite(Fpe, value);
        Assert.Equal(StrategyHarness.Separators(value), StrategyHarness.Separators(encrypted));
        Assert.All(encrypted.Where(char.IsLetterOrDigit), c => Assert.True(char.IsAsciiDigit(c)));
        Assert.NotEqual(value, encrypted);
        Assert.Equal(value, Decryptor.DecryptFormatPreserving(encrypted));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("AB123456")]
    public void Format_preserving_falls_back_to_the_envelope(string value)
    {
        var encrypted = StrategyHarness.Rewrite(Fpe, value);
        Assert.StartsWith("[[ENC:", encrypted);
        Assert.Equal(value, Decryptor.Decrypt(encrypted));
    }

    [Property(MaxTest = 200)]
    public Property Format_preserving_keeps_length_and_separators_for_any_digits(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var length = random.Next(6, 30);
        var value = new string(Enumerable.Range(0, length).Select(_ => random.Next(5) == 0 ? " -./"[random.Next(4)] : (char)('0' + random.Next(10))).ToArray());
        if (value.Count(char.IsDigit) < 6)
        {
            value += "123456";
        }

        var encrypted = StrategyHarness.Rewrite(Fpe, value);
        return (encrypted.Length == value.Length
                && StrategyHarness.Separators(encrypted) == StrategyHarness.Separators(value)
                && Decryptor.DecryptFormatPreserving(encrypted) == value).ToProperty();
    }

    [Fact]
    public void Needs_a_key()
    {
        Assert.Contains("ANONYMIZER_KEY", Assert.Throws<KeyRequiredException>(() => new EncryptStrategy(null)).Message);
        Assert.Throws<KeyRequiredException>(() => new TextDecryptor());
    }
}
