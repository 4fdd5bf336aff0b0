using FsCheck;
using FsCheck.Fluent;

namespace Anonymizer.Tests.Security;

/// <summary>
/// Fuzzing over arbitrary UTF-16 text (any code unit, lone surrogates, NUL, controls, every script) mixed with
/// fragments of personal data: no exception escapes the analyzer or the engine, every span lies inside the text, and
/// every keyed strategy copes. CI runs a few hundred cases; ANONYMIZER_FUZZ_MAXTEST raises it for a campaign.
/// </summary>
public sealed class UnicodeFuzzTests
{
    private static readonly global::Anonymizer.Keys.AnonymizationKey Key = global::Anonymizer.Keys.AnonymizationKey.FromBytes(new byte[32]);

    private static readonly AnonymizationEngine[] Engines =
    [
        new AnonymizerBuilder().WithCountries("US", "UK", "DE", "FR", "IN", "ES", "BR", "IT").Build(),
        new AnonymizerBuilder().WithDefaultStrategy(new global::Anonymizer.Anonymization.HashStrategy(Key)).Build(),
        new AnonymizerBuilder().WithDefaultStrategy(new global::Anonymizer.Anonymization.PseudonymizeStrategy(Key)).Build(),
        new AnonymizerBuilder().WithDefaultStrategy(new global::Anonymizer.Anonymization.EncryptStrategy(Key)).Build(),
        new AnonymizerBuilder().WithDefaultStrategy(new global::Anonymizer.Anonymization.DateShiftStrategy(Key)).Build(),
        new AnonymizerBuilder().WithDefaultStrategy(new global::Anonymizer.Anonymization.MaskStrategy(new global::Anonymizer.Anonymization.MaskOptions { KeepLast = 4 })).Build(),
    ];

    private static readonly string[] Fragments =
    [
        "jane.doe@example.com", "a@a.", "@", "4111 1111 1111 1111", "078-05-1121", "DE89 3704 0044 0532 0130 00",
        "192.168.0.1", "::1", "2001:db8::1", "https://x.org/?q=", "+1 (212) 555-0187", "2024-02-30", "March 5, 2024",
        "943 476 5919", "12345678Z", "\uD800", "\uDFFF", "\0", "\u202E", "\uFEFF", "0000000000", "-", ".", "/", "  ",
    ];

    private static Arbitrary<string> HostileText()
    {
        var anyChar = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());
        var asciiRun = Gen.ArrayOf(Gen.Choose(0x20, 0x7E).Select(c => (char)c)).Select(a => new string(a));
        return Gen.ListOf(Gen.Frequency((4, anyChar), (3, Gen.Elements(Fragments)), (2, asciiRun)))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();
    }

    [Fact]
    public void No_exception_escapes_and_spans_stay_inside_the_text_for_any_utf16_input()
    {
        Prop.ForAll(HostileText(), text =>
            {
                foreach (var engine in Engines)
                {
                    var result = engine.Anonymize(text);
                    AdversarialInputTests.AssertValid(text, result.Matches);
                    if (result.Text is null)
                    {
                        return false;
                    }
                }

                return true;
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(FuzzSettings.MaxTest(200)));
    }
}
