using Anonymizer.Validation;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Validation;

/// <summary>The reusable check-digit algorithms used by the country recognizers.</summary>
public sealed class CheckDigitAlgorithmTests
{
    private static byte[] DigitsOf(string s) => [.. s.Select(c => (byte)(c - '0'))];

    private static byte[] DigitsOf(ulong n) => DigitsOf(n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2363", true)]
    [InlineData("2364", false)]
    [InlineData("312345678909", true)]
    [InlineData("312345678908", false)]
    [InlineData("12345678902", true)]
    public void Verhoeff_known_values(string digits, bool valid) => Assert.Equal(valid, Verhoeff.IsValid(DigitsOf(digits)));

    [Property]
    public bool Verhoeff_check_digit_round_trips(ulong payload)
    {
        var digits = DigitsOf(payload);
        return Verhoeff.IsValid([.. digits, Verhoeff.ComputeCheckDigit(digits)]);
    }

    [Property]
    public bool Verhoeff_catches_every_adjacent_transposition(ulong payload)
    {
        var digits = DigitsOf(payload);
        byte[] full = [.. digits, Verhoeff.ComputeCheckDigit(digits)];
        for (var i = 0; i + 1 < full.Length; i++)
        {
            if (full[i] == full[i + 1])
            {
                continue;
            }

            var swapped = (byte[])full.Clone();
            (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
            if (Verhoeff.IsValid(swapped))
            {
                return false;
            }
        }

        return true;
    }

    [Theory]
    [InlineData("12345678903", true)]
    [InlineData("136695976", true)]
    [InlineData("123456789", false)]
    public void Iso7064_mod11_10_known_values(string digits, bool valid) => Assert.Equal(valid, Iso7064.IsValidMod11_10(DigitsOf(digits)));

    [Property]
    public bool Iso7064_mod11_10_round_trips(ulong payload)
    {
        var digits = DigitsOf(payload);
        return Iso7064.IsValidMod11_10([.. digits, (byte)Iso7064.ComputeMod11_10(digits)]);
    }

    [Theory]
    [InlineData("11010519491231002", 'X', true)]
    [InlineData("11010519491231002", '1', false)]
    [InlineData("44030820000101123", '4', true)]
    public void Iso7064_mod11_2_known_values(string payload, char check, bool valid) =>
        Assert.Equal(valid, Iso7064.IsValidMod11_2(DigitsOf(payload), check));

    [Theory]
    [InlineData("51824753556", true)]
    [InlineData("52824753556", false)]
    public void Mod89_abn(string digits, bool valid) => Assert.Equal(valid, Mod89.IsValidAbn(DigitsOf(digits)));

    [Theory]
    [InlineData("111222333", true)]
    [InlineData("123456782", true)]
    [InlineData("123456781", false)]
    [InlineData("12345678", false)]
    public void Mod11_dutch_eleven_test(string digits, bool valid) => Assert.Equal(valid, Mod11.IsValidElevenTest(DigitsOf(digits)));

    [Fact]
    public void Mod11_eleven_minus_remainder_maps_10_and_11_to_zero()
    {
        // CPF 111.444.777-35: first check digit 3, second 5.
        Assert.Equal(3, Mod11.ElevenMinusRemainderOrZero(DigitsOf("111444777"), [10, 9, 8, 7, 6, 5, 4, 3, 2]));
        Assert.Equal(5, Mod11.ElevenMinusRemainderOrZero(DigitsOf("1114447773"), [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]));
        Assert.Equal(0, Mod11.ElevenMinusRemainderOrZero(DigitsOf("0"), [1]));
    }

    [Theory]
    [InlineData(12345678, 'Z', true)]
    [InlineData(12345678, 'A', false)]
    [InlineData(55555555, 'k', true)]
    public void Mod23_letter(int number, char letter, bool valid) => Assert.Equal(valid, Mod23Letter.IsValid(number, letter));

    [Theory]
    [InlineData("C01234565", true)]
    [InlineData("L01X00T44", true)]
    [InlineData("L01X00T47", false)]
    [InlineData("L898902C3", true)]
    [InlineData("L898902C<", false)]
    public void Icao_check_digit(string text, bool valid) => Assert.Equal(valid, IcaoCheckDigit.IsValid(text));

    [Theory]
    [InlineData(2000, 2, 29, true)]
    [InlineData(1900, 2, 29, false)]
    [InlineData(2024, 4, 31, false)]
    [InlineData(2024, 13, 1, false)]
    [InlineData(2024, 12, 31, true)]
    public void Calendar_dates(int year, int month, int day, bool valid) => Assert.Equal(valid, DateParts.IsValid(year, month, day));

    [Fact]
    public void Weighted_sum_uses_only_as_many_digits_as_weights()
    {
        Assert.Equal((1 * 3) + (2 * 2), WeightedSum.Compute(DigitsOf("129"), [3, 2]));
        Assert.Equal(3, WeightedSum.Remainder(DigitsOf("3"), [-3], 4));
    }
}
