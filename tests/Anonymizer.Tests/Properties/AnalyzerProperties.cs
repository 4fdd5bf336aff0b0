using Anonymizer.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Properties;

/// <summary>Invariants of the analyzer and the anonymizer over arbitrary text.</summary>
public sealed class AnalyzerProperties
{
    private static readonly AnonymizationEngine Engine = new AnonymizerBuilder().Build();

    private static readonly string[] Values =
    [
        "jane.doe@example.com", "bob_smith+tag@mail.example.co.uk", "4111 1111 1111 1111", "5500-0000-0000-0004",
        "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "192.168.12.7", "2001:db8::8a2e:370:7334",
        "00:1A:2B:3C:4D:5E", "https://example.org/orders/123", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
        "078-05-1121", "943 476 5919", "+1 212-555-0187", "2024-03-14",
    ];

    private static readonly string[] Filler =
    [
        "the", "order", "was", "sent", "to", "and", "please", "call", "me", "at", "my", "card", "is", "email",
        ",", ".", ":", "(", ")", "\n", "\t", "ünïcödé", "数据", "🙂", "", "x", "-", "/",
    ];

    /// <summary>Texts that mix filler words, punctuation, non-Latin scripts and real-looking personal data.</summary>
    private static Arbitrary<string> MixedText() =>
        Gen.ListOf(Gen.Frequency(
                (3, Gen.Elements(Filler)),
                (1, Gen.Elements(Values)),
                (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))))
            .Select(parts => string.Join(" ", parts))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Every_span_lies_inside_the_text_with_a_score_in_0_1_sorted_and_disjoint() =>
        Prop.ForAll(MixedText(), text =>
        {
            var matches = Engine.Analyze(text);
            for (var i = 0; i < matches.Length; i++)
            {
                var m = matches[i];
                if (m.Start < 0 || m.Length <= 0 || m.End > text.Length || m.Score is < 0 or > 1 || double.IsNaN(m.Score))
                {
                    return false;
                }

                if (i > 0 && matches[i - 1].End > m.Start)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Nothing_detected_survives_anonymization() =>
        Prop.ForAll(MixedText(), text =>
        {
            var result = Engine.Anonymize(text);
            foreach (var match in result.Matches)
            {
                var value = match.TextIn(text).ToString();
                // A value of six or more characters cannot reappear by chance in tags or filler. Where the same value
                // also stands in the input outside every detection (a recall question, not the anonymizer's), it may.
                if (value.Length >= 6 && result.Text.Contains(value, StringComparison.Ordinal) && !OccursOutsideMatches(text, value, result.Matches))
                {
                    return false;
                }
            }

            return true;
        });

    private static bool OccursOutsideMatches(string text, string value, IReadOnlyList<PiiMatch> matches)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            var covered = false;
            foreach (var match in matches)
            {
                covered |= at >= match.Start && at + value.Length <= match.End;
            }

            if (!covered)
            {
                return true;
            }
        }

        return false;
    }

    [Property(MaxTest = 200)]
    public Property Text_outside_the_matches_is_kept_verbatim() =>
        Prop.ForAll(MixedText(), text =>
        {
            var result = Engine.Anonymize(text);
            var position = 0;
            var outPosition = 0;
            for (var i = 0; i < result.Matches.Count; i++)
            {
                var match = result.Matches[i];
                var replacement = result.Replacements[i];
                var gap = text.AsSpan(position, match.Start - position);
                if (!result.Text.AsSpan(outPosition, gap.Length).SequenceEqual(gap))
                {
                    return false;
                }

                outPosition = replacement.Start + replacement.Length;
                position = match.End;
            }

            return result.Text.AsSpan(outPosition).SequenceEqual(text.AsSpan(position));
        });
}
