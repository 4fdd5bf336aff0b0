using Anonymizer.Analysis;
using Anonymizer.Recognizers.Generic;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Generic;

public sealed class CreditCardRecognizerTests
{
    private static readonly Recognizer Recognizer = CreditCardRecognizer.Create();

    [Theory]
    [InlineData("4012888888881881", 0, 16)]
    [InlineData("4012-8888-8888-1881", 0, 19)]
    [InlineData("my card: 4012 8888 8888 1881.", 9, 28)]
    [InlineData("371449635398431", 0, 15)]              // Amex
    [InlineData("3714 496353 98431", 0, 17)]            // Amex grouping 4-6-5
    [InlineData("5555555555554444", 0, 16)]             // Mastercard
    [InlineData("2223003122003222", 0, 16)]             // Mastercard 2-series
    [InlineData("30569309025904", 0, 14)]               // Diners
    [InlineData("6011000400000000", 0, 16)]             // Discover
    [InlineData("3528000700000000", 0, 16)]             // JCB
    [InlineData("122000000000003", 0, 15)]              // UATP
    [InlineData("6759649826438453", 0, 16)]             // Maestro
    [InlineData("(4111111111111111)", 1, 17)]
    public void Finds_valid_cards_with_score_one(string text, int start, int end)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(1.0, m.Score));
    }

    [Theory]
    [InlineData("4012-8888-8888-1882")]                 // wrong check digit
    [InlineData("my credit card number is 36168002586008")]
    [InlineData("1748503543012")]                       // 13 digits starting with 1
    [InlineData("6666666666666")]                       // one repeated digit (passes Luhn)
    [InlineData("4012 8888-8888 1881")]                 // mixed separators
    [InlineData("40128888888818810")]                   // 17 digits, Luhn fails
    [InlineData("94012888888881881")]                   // no brand prefix at the start
    [InlineData("x4012888888881881")]                   // glued to a word
    [InlineData("4012888888881881.5")]                  // part of a decimal number
    [InlineData("12345678901234567890123")]             // too long
    [InlineData("no numbers")]
    public void Rejects_non_cards(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_cards()
    {
        RecognizerAssert.FindsExactly(
            Recognizer,
            "4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881",
            (0, 16),
            (17, 36),
            (37, 56));
    }

    [Theory]
    [InlineData("4111111111111111", ValidationOutcome.Valid)]
    [InlineData("4111-1111-1111-1111", ValidationOutcome.Valid)]
    [InlineData("4111111111111112", ValidationOutcome.Invalid)]
    [InlineData("0000000000000000", ValidationOutcome.Invalid)]
    [InlineData("41111111111", ValidationOutcome.Invalid)]
    [InlineData("4111a11111111111", ValidationOutcome.Invalid)]
    public void Validate(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, CreditCardRecognizer.Validate(candidate));
}
