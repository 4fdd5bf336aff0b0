using System.Security.Cryptography;
using System.Text;
using Anonymizer.Anonymization;
using Anonymizer.Keys;

namespace Anonymizer.Tests.Security;

/// <summary>
/// Why the hash strategy is keyed: a plain (unkeyed) hash of a low-entropy value is reversed by hashing every
/// candidate — here all 100,000 five-digit postcodes, in well under a second. The keyed HMAC hash and the salted hash
/// resist the same enumeration (docs/security.md).
/// </summary>
public sealed class HashBruteForceTests
{
    private const string Secret = "94107";

    private static string Anonymize(AnonymizationStrategy strategy) =>
        new AnonymizerBuilder().WithoutBuiltInRecognizers().AddPattern("ZIP", @"(?<!\d)\d{5}(?!\d)", 0.9).WithDefaultStrategy(strategy).Build()
            .Anonymize($"zip {Secret}").Text["zip ".Length..];

    private static string? Enumerate(string digest, Func<string, string> hash)
    {
        for (var n = 0; n < 100_000; n++)
        {
            var candidate = n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            if (hash(candidate) == digest)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Sha256Hex(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    [Fact]
    public void An_unkeyed_hash_of_a_postcode_is_reversed_by_enumerating_every_candidate()
    {
        Assert.Equal(Secret, Enumerate(Sha256Hex(Secret), Sha256Hex));
    }

    [Fact]
    public void The_keyed_hash_resists_the_same_enumeration_without_the_key()
    {
        using var key = AnonymizationKey.Generate();
        var digest = Anonymize(new HashStrategy(key));
        Assert.Matches("^[0-9a-f]{64}$", digest);
        Assert.Null(Enumerate(digest, Sha256Hex));
        Assert.Null(Enumerate(digest, candidate => Convert.ToHexStringLower(HMACSHA256.HashData(new byte[32], Encoding.UTF8.GetBytes(candidate)))));
    }

    [Fact]
    public void The_salted_hash_resists_it_too_and_is_unlinkable()
    {
        var strategy = new HashStrategy(null, new HashOptions { Algorithm = global::Anonymizer.Anonymization.HashAlgorithm.Sha256Salted });
        var first = Anonymize(strategy);
        var second = Anonymize(strategy);
        Assert.NotEqual(first, second);
        Assert.Null(Enumerate(first, Sha256Hex));
    }
}
