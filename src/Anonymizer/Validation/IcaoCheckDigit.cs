namespace Anonymizer.Validation;

/// <summary>
/// The ICAO 9303 (machine-readable travel document) check digit: weights 7, 3, 1 repeating over characters valued
/// 0–9, A–Z = 10–35, <c>&lt;</c> = 0; sum modulo 10. Used by passports and identity cards (e.g. German ones).
/// </summary>
public static class IcaoCheckDigit
{
    /// <summary>The check digit of <paramref name="text"/>, or -1 when a character is not valid in a machine-readable zone.</summary>
    public static int Compute(ReadOnlySpan<char> text)
    {
        var sum = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var v = c == '<' ? 0 : Iso7064.AlphaNumericValue(c);
            if (v < 0)
            {
                return -1;
            }

            sum += v * (i % 3) switch { 0 => 7, 1 => 3, _ => 1 };
        }

        return sum % 10;
    }

    /// <summary>Whether the last character of <paramref name="textWithCheck"/> is the check digit of the rest.</summary>
    public static bool IsValid(ReadOnlySpan<char> textWithCheck) =>
        textWithCheck.Length >= 2 && char.IsAsciiDigit(textWithCheck[^1]) && Compute(textWithCheck[..^1]) == textWithCheck[^1] - '0';
}
