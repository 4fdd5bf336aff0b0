using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Generic;

/// <summary>
/// IP_ADDRESS: IPv4 dotted quads and IPv6 addresses in every compressed form (with embedded IPv4, a zone id such as
/// <c>%eth0</c>, and a CIDR prefix length), each checked by parsing. The unspecified address <c>::</c> alone scores low.
/// </summary>
public static partial class IpRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "IpRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.IpAddress,
        Patterns =
        [
            new RegexPattern("IPv4", IPv4Regex(), 0.6, new PatternAnchor(".", char.IsDigit, 3, AnchoredIPv4Regex())
            {
                FollowsDigit = true,
                MinPrefixLength = 1,
                Precheck = IsIPv4Dot,
            }),
            new RegexPattern("IPv6", IPv6Regex(), 0.6, new PatternAnchor(":", char.IsAsciiHexDigit, 4, AnchoredIPv6Regex())
            {
                Precheck = IsIPv6Colon,
            }),
            new RegexPattern("IPv6 unspecified", UnspecifiedRegex(), 0.1, new PatternAnchor(":", static _ => false, 0, AnchoredUnspecifiedRegex())
            {
                Precheck = static (text, colon) => colon + 1 < text.Length && text[colon + 1] == ':',
            }),
        ],
        Invalidator = Invalidate,
        ContextWords = ["ip", "ipv4", "ipv6", "address", "host", "server", "gateway", "subnet"],
        Triggers = SearchValues.Create(".:"),
    });

    /// <summary>
    /// Invalid when <paramref name="candidate"/> does not parse as an IPv4 address (with optional <c>/0–32</c>) or an IPv6
    /// address (with optional zone id and <c>/0–128</c>); undecided otherwise (the pattern score stands).
    /// </summary>
    public static ValidationOutcome Invalidate(ReadOnlySpan<char> candidate)
    {
        var valid = candidate.Contains(':')
            ? IpAddresses.IsValidIPv6WithSuffixes(candidate)
            : IpAddresses.IsValidIPv4WithPrefix(candidate);
        return valid ? ValidationOutcome.Undecided : ValidationOutcome.Invalid;
    }

    // Octets are matched loosely (one to three digits, the first as \d) and checked by the invalidator (0-255, ASCII,
    // no leading zero): with a leading [0-9] the regex generator searches with IndexOfAnyInRange('0', '9'), which
    // allocates on every miss in the current runtime. The boundaries make this equivalent to a strict octet pattern.
    private const string IPv4Pattern =
        @"(?<![\w.])\d[0-9]{0,2}(?:\.[0-9]{1,3}){3}(?:/(?:3[0-2]|[12]?[0-9])(?![0-9]))?(?!\w)";

    [GeneratedRegex(IPv4Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex IPv4Regex();

    [GeneratedRegex(@"\G" + IPv4Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredIPv4Regex();

    private const string IPv6Pattern =
        @"(?<![\w:.])(?=[0-9A-Fa-f:]*[0-9A-Fa-f])(?:[0-9A-Fa-f]{0,4}:){2,8}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{1,4})?(?:%[0-9A-Za-z_-]+)?(?:/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9])(?![0-9]))?(?![\w:]|\.[0-9])";

    [GeneratedRegex(IPv6Pattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex IPv6Regex();

    [GeneratedRegex(@"\G" + IPv6Pattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AnchoredIPv6Regex();

    private const string UnspecifiedPattern = @"(?<![\w:.])::(?:/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9])(?![0-9]))?(?![\w:%]|\.[0-9])";

    [GeneratedRegex(UnspecifiedPattern, RegexOptions.CultureInvariant)]
    private static partial Regex UnspecifiedRegex();

    [GeneratedRegex(@"\G" + UnspecifiedPattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredUnspecifiedRegex();

    // Anchors: an IPv4 match has its first '.' after one to three digits (so the search skips dots after anything else),
    // an IPv6 match its first ':' after at most four hex digits; the scan looks for those characters and walks back
    // instead of trying the patterns at every digit or letter; "::" is found at its first colon.

    // The first dot of an IPv4 address follows a digit, and it and the two dots after it are each followed by one to
    // three ASCII digits (a fourth would be a word character the pattern rejects).
    private static bool IsIPv4Dot(ReadOnlySpan<char> text, int dot)
    {
        if (dot == 0 || !char.IsDigit(text[dot - 1]))
        {
            return false;
        }

        var at = dot;
        for (var group = 0; group < 3; group++)
        {
            if (at >= text.Length || text[at] != '.')
            {
                return false;
            }

            var digits = 0;
            at++;
            while (at < text.Length && digits < 4 && char.IsAsciiDigit(text[at]))
            {
                digits++;
                at++;
            }

            if (digits is 0 or 4)
            {
                return false;
            }
        }

        return true;
    }

    // The first colon of an IPv6 address is followed, after at most four hex digits, by another colon.
    private static bool IsIPv6Colon(ReadOnlySpan<char> text, int colon)
    {
        var i = colon + 1;
        while (i < text.Length && i <= colon + 4 && char.IsAsciiHexDigit(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == ':';
    }
}
