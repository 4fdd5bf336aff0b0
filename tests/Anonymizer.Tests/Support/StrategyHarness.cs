using System.Buffers;
using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Anonymizer.Keys;

namespace Anonymizer.Tests.Support;

/// <summary>Runs one strategy on one value, and holds fixed test keys (never used outside tests).</summary>
internal static class StrategyHarness
{
    /// <summary>A fixed test key: bytes 0..31.</summary>
    public static AnonymizationKey KeyA { get; } = AnonymizationKey.FromBytes(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    /// <summary>Another fixed test key: bytes 100..131.</summary>
    public static AnonymizationKey KeyB { get; } = AnonymizationKey.FromBytes(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());

    public static string Rewrite(AnonymizationStrategy strategy, string value, string entityType = "TEST", DocumentScope? document = null)
    {
        var output = new ArrayBufferWriter<char>();
        var match = new PiiMatch(entityType, 0, value.Length, 1.0, "Test", default);
        strategy.Rewrite(value, new ReplacementContext(match, document ?? new DocumentScope()), output);
        return output.WrittenSpan.ToString();
    }

    public static PiiMatch Match(string entityType, int start, int length, double score = 0.9) =>
        new(entityType, start, length, score, "Test", default);

    /// <summary>The ISO 13616 check: the IBAN moved (first four characters to the end), letters as 10–35, mod 97 == 1.</summary>
    public static bool IbanMod97IsValid(string iban)
    {
        var compact = new string(iban.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        var moved = compact[4..] + compact[..4];
        var remainder = 0;
        foreach (var c in moved)
        {
            var v = char.IsDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = v >= 10 ? ((remainder * 100) + v) % 97 : ((remainder * 10) + v) % 97;
        }

        return remainder == 1;
    }

    /// <summary>The characters that are neither letters nor digits, with their positions.</summary>
    public static string Separators(string value) =>
        new(value.Select(c => char.IsLetterOrDigit(c) ? '#' : c).ToArray());
}
