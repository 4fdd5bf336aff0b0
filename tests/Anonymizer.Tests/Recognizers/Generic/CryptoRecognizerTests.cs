using Anonymizer.Analysis;
using Anonymizer.Recognizers.Generic;
using Anonymizer.Tests.Support;
using Anonymizer.Validation;

namespace Anonymizer.Tests.Recognizers.Generic;

public sealed class CryptoRecognizerTests
{
    private static readonly Recognizer Recognizer = CryptoRecognizer.Create();

    [Theory]
    [InlineData("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", 0, 34)]                          // P2PKH
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", 0, 34)]                          // P2SH
    [InlineData("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", 0, 34)]
    [InlineData("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", 0, 42)]                  // Bech32 v0, 20 bytes
    [InlineData("BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", 0, 42)]                  // upper case
    [InlineData("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297", 0, 62)] // Bech32m taproot
    [InlineData("my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ.", 22, 56)]
    public void Finds_addresses_with_score_one(string text, int start, int end)
    {
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));
        Assert.All(RecognizerAssert.Run(Recognizer, text), m => Assert.Equal(1.0, m.Score));
    }

    [Theory]
    [InlineData("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2")]              // one character too many
    [InlineData("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyY")]               // wrong checksum
    [InlineData("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr")]       // wrong checksum
    [InlineData("bc1qAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]       // mixed case
    [InlineData("bc1par0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]       // v1 with a Bech32 (not Bech32m) checksum
    [InlineData("8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189")]
    [InlineData("")]
    [InlineData("x16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ")]
    public void Rejects_non_addresses(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_addresses() =>
        RecognizerAssert.FindsExactly(
            Recognizer,
            "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            (0, 34),
            (35, 69));

    [Theory]
    [InlineData("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", true)]
    [InlineData("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2", false)]
    [InlineData("26Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", false)]
    [InlineData("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1Bo0Z", false)]       // '0' is not Base58
    public void Base58Check(string address, bool valid) => Assert.Equal(valid, Bitcoin.IsValidBase58Check(address));

    [Theory]
    [InlineData("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", true)]
    [InlineData("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297", true)]
    [InlineData("tb1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", false)]
    [InlineData("bc1q", false)]
    public void Bech32(string address, bool valid) => Assert.Equal(valid, Bitcoin.IsValidBech32(address));

    [Fact]
    public void Validate_maps_to_outcomes()
    {
        Assert.Equal(ValidationOutcome.Valid, CryptoRecognizer.Validate("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"));
        Assert.Equal(ValidationOutcome.Invalid, CryptoRecognizer.Validate("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz"));
    }
}
