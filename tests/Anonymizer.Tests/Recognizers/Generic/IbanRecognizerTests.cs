using Anonymizer.Analysis;
using Anonymizer.Recognizers.Generic;
using Anonymizer.Tests.Support;
using Anonymizer.Validation;

namespace Anonymizer.Tests.Recognizers.Generic;

public sealed class IbanRecognizerTests
{
    private static readonly Recognizer Recognizer = IbanRecognizer.Create();

    [Theory]
    [InlineData("DE89370400440532013000", 0, 22)]
    [InlineData("DE89 3704 0044 0532 0130 00", 0, 27)]
    [InlineData("DE89-3704-0044-0532-0130-00", 0, 27)]
    [InlineData("GB82WEST12345698765432", 0, 22)]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606", 0, 33)]
    [InlineData("NO9386011117947", 0, 15)]                         // shortest
    [InlineData("RU0304452522540817810538091310419", 0, 33)]       // longest
    [InlineData("MU17 BOMM 0101 1010 3030 0200 000M UR", 0, 37)]
    [InlineData("this is an iban VG96 VPVG 0000 0123 4567 8901 in a sentence", 16, 45)]
    [InlineData("this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence", 16, 45)]
    [InlineData("Dash as iban separator: AL47-2121-1009-0000-0002-3569-8741", 24, 58)]
    [InlineData("AL47212110090000000235698741 ALL CAPS", 0, 28)]
    [InlineData("(IBAN: CH93 0076 2011 6238 5295 7).", 7, 33)]
    public void Finds_valid_ibans_with_score_one(string text, int start, int end)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(1.0, m.Score));
    }

    [Theory]
    [InlineData("DE89 3704 0044 0532 0130 01")]                    // wrong check
    [InlineData("DE89 3704 0044 0532 0130 0")]                     // too short
    [InlineData("DE89 3704 0044 0532 0130 000")]                   // too long
    [InlineData("DE89 3704 0044 0532 0130 00X")]                   // glued letter
    [InlineData("AL47 212A 1009 0000 0002 3569 8741")]            // letter where the BBAN has digits
    [InlineData("GI75 aWBK 0000 0000 7099 453")]                  // lower case
    [InlineData("Slash as iban separator: AL47/2121/1009/0000/0002/3569/8741")]
    [InlineData("DE89 3704-0044 0532 0130 00")]                    // mixed separators
    [InlineData("DE89  3704 0044 0532 0130 00")]                   // double space
    [InlineData("DE8937 04 0044 0532 0130 00")]                    // separator off the group boundary
    [InlineData("AB150120690000003111141")]                        // no such country
    [InlineData("XDE89370400440532013000")]                        // glued to a word
    [InlineData("IL15 0120 6900 0000 3111 0120 6900 0000 3111 141")]
    [InlineData("Dalla's Pizza | 3843 Peartree Road, Bamblee, SD 20241 440-600-5124")]
    public void Rejects_non_ibans(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_ibans()
    {
        RecognizerAssert.FindsExactly(
            Recognizer,
            "list of ibans: AL47212110090000000235698741, AL47212110090000000235698741",
            (15, 43),
            (45, 73));
    }

    [Theory]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("DE89 3704 0044 0532 0130 00", true)]
    [InlineData("DE88370400440532013000", false)]
    [InlineData("DE8937040044053201300", false)]
    [InlineData("ZZ89370400440532013000", false)]
    [InlineData("", false)]
    public void Validator(string candidate, bool valid)
    {
        Assert.Equal(valid, Iban.IsValid(candidate));
        Assert.Equal(valid ? ValidationOutcome.Valid : ValidationOutcome.Invalid, IbanRecognizer.Validate(candidate));
    }

    [Theory]
    [InlineData('D', 'E', 22)]
    [InlineData('N', 'O', 15)]
    [InlineData('R', 'U', 33)]
    [InlineData('U', 'S', 0)]
    [InlineData('d', 'e', 0)]
    public void Country_lengths(char first, char second, int length) => Assert.Equal(length, Iban.LengthOf(first, second));

    [Fact]
    public void Mod97_of_a_valid_iban_is_one()
    {
        Assert.Equal(1, Iban.Mod97("GB82WEST12345698765432"));
        Assert.Equal(-1, Iban.Mod97("GB82 WEST"));
    }
}
