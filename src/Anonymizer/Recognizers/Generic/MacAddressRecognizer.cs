using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Generic;

/// <summary>
/// MAC_ADDRESS: six hex octets joined by colons or by dashes (one kind per address), or the Cisco form of three dotted
/// groups of four hex digits. The all-zero and broadcast addresses are not reported.
/// </summary>
public static partial class MacAddressRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "MacAddressRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.MacAddress,
        Patterns =
        [
            new RegexPattern("MAC colon or dash", SeparatedRegex(), 0.6, new PatternAnchor(":-", char.IsAsciiHexDigit, 2, AnchoredSeparatedRegex())
            {
                MinPrefixLength = 2,
                Precheck = IsFirstSeparator,
            }),
            new RegexPattern("MAC Cisco dotted", CiscoRegex(), 0.6, new PatternAnchor(".", char.IsAsciiHexDigit, 4, AnchoredCiscoRegex())
            {
                MinPrefixLength = 4,
                Precheck = IsFirstCiscoDot,
            }),
        ],
        Invalidator = Invalidate,
        ContextWords = ["mac", "mac address", "hardware address", "physical address", "ethernet", "wifi", "nic", "bssid"],
        Triggers = SearchValues.Create(":-."),
    });

    /// <summary>Invalid for the all-zero address and the broadcast address (all F); undecided otherwise.</summary>
    public static ValidationOutcome Invalidate(ReadOnlySpan<char> candidate)
    {
        var zeros = true;
        var ones = true;
        foreach (var c in candidate)
        {
            if (char.IsAsciiHexDigit(c))
            {
                zeros &= c == '0';
                ones &= c is 'f' or 'F';
            }
        }

        return zeros || ones ? ValidationOutcome.Invalid : ValidationOutcome.Undecided;
    }

    private const string SeparatedPattern =
        @"(?<![\w:.-])[0-9A-Fa-f]{2}(?<sep>[:-])[0-9A-Fa-f]{2}(?:\k<sep>[0-9A-Fa-f]{2}){4}(?![\w:-]|\.\w)";

    [GeneratedRegex(SeparatedPattern, RegexOptions.CultureInvariant)]
    private static partial Regex SeparatedRegex();

    [GeneratedRegex(@"\G" + SeparatedPattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredSeparatedRegex();

    private const string CiscoPattern =
        @"(?<![\w:.-])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w:-]|\.\w)";

    [GeneratedRegex(CiscoPattern, RegexOptions.CultureInvariant)]
    private static partial Regex CiscoRegex();

    [GeneratedRegex(@"\G" + CiscoPattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredCiscoRegex();

    // Anchors: a match has its first separator after two (or, dotted, four) hex digits; the scan looks for separators and
    // walks back instead of trying the patterns at every hex digit.
    // The first separator of "00:1A:2B:…" has two hex digits on each side and the same separator after those.
    private static bool IsFirstSeparator(ReadOnlySpan<char> text, int separator) =>
        separator >= 2 && separator + 3 < text.Length
        && char.IsAsciiHexDigit(text[separator - 2]) && char.IsAsciiHexDigit(text[separator - 1])
        && char.IsAsciiHexDigit(text[separator + 1]) && char.IsAsciiHexDigit(text[separator + 2])
        && text[separator + 3] == text[separator];

    // The first dot of "0012.3456.789a" has four hex digits on each side and another dot after those.
    private static bool IsFirstCiscoDot(ReadOnlySpan<char> text, int dot)
    {
        if (dot < 4 || dot + 5 >= text.Length || text[dot + 5] != '.')
        {
            return false;
        }

        for (var i = 1; i <= 4; i++)
        {
            if (!char.IsAsciiHexDigit(text[dot - i]) || !char.IsAsciiHexDigit(text[dot + i]))
            {
                return false;
            }
        }

        return true;
    }
}
