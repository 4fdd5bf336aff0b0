using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Generic;

/// <summary>
/// CRYPTO: Bitcoin addresses, legacy Base58Check (<c>1…</c> P2PKH, <c>3…</c> P2SH) and segwit Bech32/Bech32m
/// (<c>bc1…</c>), reported only when their checksum is right (score 1.0).
/// </summary>
public static partial class CryptoRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "CryptoRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.Crypto,
        Patterns =
        [
            new RegexPattern("Crypto (Medium)", Base58Regex(), 0.5),
            new RegexPattern("Crypto Bech32 (Medium)", Bech32Regex(), 0.5, new PatternAnchor(Bech32Prefixes, static _ => false, 0, AnchoredBech32Regex())
            {
                CanStartAfter = static c => !RegexChars.IsWordChar(c),
            }),
        ],
        Validator = Validate,
        ContextWords = ["wallet", "btc", "bitcoin", "crypto", "address"],
        Triggers = SearchValues.Create("13bB"),
    });

    /// <summary>Valid when <paramref name="candidate"/> is a Bitcoin address with a correct checksum; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate) =>
        Bitcoin.IsValidAddress(candidate) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;

    [GeneratedRegex(
        @"(?<![\w])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?!\w)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Base58Regex();

    private const string Bech32Pattern = @"(?<![\w])(?:bc1[02-9ac-hj-np-z]{11,87}|BC1[02-9AC-HJ-NP-Z]{11,87})(?!\w)";

    [GeneratedRegex(Bech32Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Bech32Regex();

    [GeneratedRegex(@"\G" + Bech32Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredBech32Regex();

    // Anchor of the segwit pattern: every match starts with its human-readable part and separator, in one case. The
    // regex's own search looks for every 'b' and 'B'; a search for the two prefixes is many times cheaper.
    private static readonly SearchValues<string> Bech32Prefixes = SearchValues.Create(["bc1", "BC1"], StringComparison.Ordinal);
}
