using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Generic;

/// <summary>
/// IBAN_CODE: a country code with an IBAN, two check digits, then exactly that country's number of BBAN characters,
/// compact or in groups of four separated by single spaces or dashes (one kind per IBAN). Only candidates with the
/// country's BBAN structure and a correct mod-97 check are reported (score 1.0).
/// </summary>
public sealed partial class IbanRecognizer : Recognizer
{
    /// <summary>The recognizer name.</summary>
    public new const string Name = "IbanRecognizer";

    private static readonly SearchValues<char> UpperLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private IbanRecognizer()
        : base(Name, [PiiEntityTypes.IbanCode], ["iban", "bank", "account", "transaction", "swift", "bic"])
    {
    }

    /// <summary>Creates the recognizer.</summary>
    public static IbanRecognizer Create() => new();

    /// <summary>Valid when <paramref name="candidate"/> is a well-formed IBAN of its country with a correct check; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate) =>
        Iban.IsValid(candidate) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
    {
        if (!text.ContainsAny(UpperLetters))
        {
            return;
        }

        foreach (var start in StartRegex().EnumerateMatches(text))
        {
            Emit(text, start.Index, sink);
        }
    }

    /// <summary>
    /// With the digit positions of the analysis: an IBAN starts two letters before a run of digits, so only the starts of
    /// digit runs that follow two ASCII capitals (and no letter or number before those) are tried — what the start
    /// pattern finds, without running it over the text.
    /// </summary>
    internal override void Analyze(ReadOnlySpan<char> text, TextIndex index, MatchSink sink)
    {
        if (!index.TryGetPositions(text, out var positions))
        {
            Analyze(text, sink);
            return;
        }

        for (var i = 0; i < positions.Length; i++)
        {
            var digit = positions[i];
            if (digit < 2 || (i > 0 && positions[i - 1] == digit - 1) || !char.IsAsciiLetterUpper(text[digit - 1])
                || !char.IsAsciiLetterUpper(text[digit - 2]) || !char.IsAsciiDigit(text[digit]) || digit + 1 >= text.Length
                || !char.IsAsciiDigit(text[digit + 1]))
            {
                continue;
            }

            var start = digit - 2;
            if (start > 0 && (char.IsLetter(text[start - 1]) || char.IsNumber(text[start - 1])))
            {
                continue;
            }

            Emit(text, start, sink);
        }
    }

    private static void Emit(ReadOnlySpan<char> text, int start, MatchSink sink)
    {
        var length = MatchAt(text, start);
        if (length > 0)
        {
            sink.Add(new PiiMatch(
                PiiEntityTypes.IbanCode,
                start,
                length,
                1.0,
                Name,
                new MatchExplanation("iban", ValidationOutcome.Valid, 1.0)));
        }
    }

    // The start pattern begins with \p{Lu} rather than [A-Z]: for [A-Z] the regex generator searches with
    // IndexOfAnyInRange, which allocates on every miss in the current runtime. LengthOf rejects non-ASCII letters.

    /// <summary>The length of the valid IBAN starting at <paramref name="start"/>, or 0.</summary>
    private static int MatchAt(ReadOnlySpan<char> text, int start)
    {
        var expected = Iban.LengthOf(text[start], text[start + 1]);
        if (expected == 0)
        {
            return 0;
        }

        Span<char> compact = stackalloc char[Iban.MaxLength];
        var n = 0;
        var i = start;
        var separator = '\0';
        while (n < expected)
        {
            if (i >= text.Length)
            {
                return 0;
            }

            var c = text[i];
            if (n > 0 && n % 4 == 0 && c is ' ' or '-')
            {
                // One separator at a group boundary, of the kind used before, followed by the next character.
                if ((separator != '\0' && separator != c) || i + 1 >= text.Length || !char.IsAsciiLetterOrDigit(text[i + 1]))
                {
                    return 0;
                }

                separator = c;
                i++;
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                return 0;
            }

            compact[n++] = c;
            i++;
        }

        if (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            return 0;
        }

        var value = compact[..n];
        return Iban.HasCountryStructure(value) && Iban.Mod97(value) == 1 ? i - start : 0;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[A-Z][0-9]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex StartRegex();
}
