using System.Net;
using Anonymizer.Analysis;
using Anonymizer.Recognizers.Generic;
using Anonymizer.Tests.Support;
using Anonymizer.Validation;

namespace Anonymizer.Tests.Recognizers.Generic;

public sealed class IpRecognizerTests
{
    private static readonly Recognizer Recognizer = IpRecognizer.Create();

    [Theory]
    [InlineData("microsoft.com 192.168.0.1", 14, 25)]
    [InlineData("(192.168.1.1)", 1, 12)]
    [InlineData("IP: 192.168.1.1.", 4, 15)]
    [InlineData("192.168.1.1.1", 0, 11)]
    [InlineData("192.168.2.1@eth0", 0, 11)]
    [InlineData("Subnet: 192.168.1.0/24", 8, 22)]
    [InlineData("10.0.0.0/123", 0, 8)]                      // prefix over 32 is not part of it
    [InlineData("my ip: 684D:1111:222:3333:4444:5555:6:77", 7, 40)]
    [InlineData("2001:db8::8a2e:370:7334", 0, 23)]
    [InlineData("my ip: ::1", 7, 10)]
    [InlineData("fe80::1%eth0/64", 0, 15)]
    [InlineData("Connect to [2001:db8::1]:8080", 12, 23)]
    [InlineData("2001:db8::/32", 0, 13)]
    [InlineData("2001:db8::/9999", 0, 10)]
    [InlineData("text::ffff:192.0.2.1", 11, 20)]
    [InlineData("Use local ipv6 ::", 15, 17)]
    [InlineData("::/0", 0, 4)]
    public void Finds_addresses(string text, int start, int end) => RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("my ip: 192.168.0")]
    [InlineData("256.256.256.256")]
    [InlineData("192.168.1.256")]
    [InlineData("IP192.168.1.1text")]
    [InlineData("684D:1111:222:3333:4444:5555:77")]
    [InlineData("2001::db8::1")]
    [InlineData("12345:db8::1")]
    [InlineData("gggg:hhhh::1234")]
    [InlineData("::ffff:256.0.0.1")]
    [InlineData("MAC address aa:bb:cc:dd:ee:ff")]
    [InlineData("Time 12:34:56")]
    [InlineData("std::cout and MyClass::toString")]
    [InlineData(":::")]
    [InlineData("file:///path/to/file")]
    [InlineData("fe80::1text")]
    public void Rejects_non_addresses(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Theory]
    [InlineData("::ffff:192.0.2.1", 0, 16, 7)]
    [InlineData("0:0:0:0:0:FFFF:129.144.52.38", 0, 28, 15)]
    [InlineData("2001:db8::10.0.0.1", 0, 18, 10)]
    public void Finds_ipv4_mapped_addresses_and_the_analyzer_keeps_the_whole(string text, int start, int end, int ipv4Start)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end), (ipv4Start, end));
        var matches = new AnonymizerBuilder().BuildAnalyzer().Analyze(text, new AnalysisOptions { Entities = [PiiEntityTypes.IpAddress] });
        Assert.Equal([(start, end)], matches.Select(m => (m.Start, m.End)).ToArray());
    }

    [Fact]
    public void Scores_the_unspecified_address_low()
    {
        var matches = RecognizerAssert.Run(Recognizer, "src=:: dst=::1");
        Assert.Equal([(4, 0.1), (11, 0.6)], matches.Select(m => (m.Start, m.Score)).Order().ToArray());
    }

    [Theory]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("1::")]
    [InlineData("fe80::1")]
    [InlineData("1:2:3:4:5:6:7:8")]
    [InlineData("1:2:3:4:5:6:7::")]
    [InlineData("::2:3:4:5:6:7:8")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:0:192.168.1.1")]
    [InlineData("1:2:3:4:5:6:1.2.3.4")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7")]
    [InlineData("1::2::3")]
    [InlineData(":1::2")]
    [InlineData("1::2:")]
    [InlineData("12345::1")]
    [InlineData("g::1")]
    [InlineData("::1.2.3")]
    [InlineData("::256.1.1.1")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
    [InlineData("1.2.3.4::")]
    public void IPv6_validator_agrees_with_the_framework_parser(string candidate)
    {
        var expected = IPAddress.TryParse(candidate, out var parsed) && parsed.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        Assert.Equal(expected, IpAddresses.IsValidIPv6(candidate));
    }

    [Theory]
    [InlineData("0.0.0.0", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("192.168.1", false)]
    [InlineData("192.168.1.256", false)]
    [InlineData("192.168.01.1", false)]
    [InlineData("1.2.3.4.5", false)]
    [InlineData("1.2.3.4/32", false)]
    public void IPv4_validator(string candidate, bool valid) => Assert.Equal(valid, IpAddresses.IsValidIPv4(candidate));

    [Theory]
    [InlineData("192.168.1.0/24", ValidationOutcome.Undecided)]
    [InlineData("192.168.1.0/33", ValidationOutcome.Invalid)]
    [InlineData("fe80::1%eth0/64", ValidationOutcome.Undecided)]
    [InlineData("fe80::1%/64", ValidationOutcome.Invalid)]
    [InlineData("2001:db8::/129", ValidationOutcome.Invalid)]
    public void Invalidate(string candidate, ValidationOutcome expected) => Assert.Equal(expected, IpRecognizer.Invalidate(candidate));
}

public sealed class IpAddressValidatorProperties
{
    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool IPv6_validator_agrees_with_the_framework_parser(FsCheck.NonEmptyString seed)
    {
        // Map arbitrary text onto the IPv6 alphabet so that most inputs are near-misses.
        const string alphabet = "0123456789abcdefABCDEF:::..";
        var chars = seed.Get.Select(c => alphabet[c % alphabet.Length]).Take(45).ToArray();
        var text = new string(chars);
        var framework = IPAddress.TryParse(text, out var parsed) && parsed.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        return HasLeadingZeroIPv4Octet(text) ? !IpAddresses.IsValidIPv6(text) : framework == IpAddresses.IsValidIPv6(text);
    }

    /// <summary>
    /// An embedded dotted IPv4 part with a leading zero (<c>::ffff:10.0.0.020</c>): the framework reads it, we reject it
    /// on purpose (a leading zero is read as octal by some parsers, so the address is ambiguous; Python's ipaddress,
    /// which Presidio uses, rejects it too).
    /// </summary>
    private static bool HasLeadingZeroIPv4Octet(string text)
    {
        var tail = text[(text.LastIndexOf(':') + 1)..];
        return tail.Contains('.') && tail.Split('.').Any(octet => octet.Length > 1 && octet[0] == '0');
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool IPv6_validator_agrees_on_built_and_mutated_addresses(int[] groups, byte compressAt, byte compressLength, bool ipv4Tail, byte mutateAt, char mutation)
    {
        // Build an address from up to eight groups, compress a run of them, maybe end in dotted IPv4, maybe mutate a character.
        var parts = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var value = groups is { Length: > 0 } ? groups[i % groups.Length] : i;
            parts.Add(((uint)value % 0x10000u >> (i % 3 * 4)).ToString(i % 2 == 0 ? "x" : "X"));
        }

        if (ipv4Tail)
        {
            parts[6] = $"{compressAt}.{compressLength}.{mutateAt}";
            parts[7] = (mutation % 256).ToString(System.Globalization.CultureInfo.InvariantCulture);
            parts[6] = parts[6] + "." + parts[7];
            parts.RemoveAt(7);
        }

        string text;
        var from = compressAt % (parts.Count + 1);
        var length = compressLength % 4;
        if (length > 0 && from + length <= parts.Count)
        {
            text = string.Join(':', parts.Take(from)) + "::" + string.Join(':', parts.Skip(from + length));
        }
        else
        {
            text = string.Join(':', parts);
        }

        if (mutateAt % 3 == 0 && text.Length > 0)
        {
            var chars = text.ToCharArray();
            chars[mutateAt % chars.Length] = "0123456789abcdefg:.:"[mutation % 20];
            text = new string(chars);
        }

        var framework = IPAddress.TryParse(text, out var parsed) && parsed.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        if (HasLeadingZeroIPv4Octet(text))
        {
            return !IpAddresses.IsValidIPv6(text);
        }

        return framework == IpAddresses.IsValidIPv6(text)
            ? true
            : throw new InvalidOperationException($"disagreement on '{text}': framework {framework}");
    }
}
