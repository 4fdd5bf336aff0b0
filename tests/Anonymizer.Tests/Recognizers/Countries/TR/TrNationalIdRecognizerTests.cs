using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.TR;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.TR;

public sealed class TrNationalIdRecognizerTests
{
    private static readonly Recognizer Recognizer = TrNationalIdRecognizer.Create();

    [Theory]
    [InlineData("10000000146", 0, 11)]
    [InlineData("76543210794", 0, 11)]
    [InlineData("36493665440", 0, 11)]
    [InlineData("53857632436", 0, 11)]
    [InlineData("94357219628", 0, 11)]
    [InlineData("79059236630", 0, 11)]
    [InlineData("64625294480", 0, 11)]
    [InlineData("TC Kimlik No: 10000000146", 14, 25)]
    [InlineData("Başvuru sahibinin TCKN numarası 10000000146 olarak tescil edilmiştir.", 32, 43)]
    [InlineData("Turkish ID 10000000146", 11, 22)]
    [InlineData("Türk kimlik numarası 36493665440", 21, 32)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("00000000000")]
    [InlineData("02531814694")]
    [InlineData("12345678900")]
    [InlineData("76543210780")]
    [InlineData("83219500748")]
    [InlineData("11798724308")]
    [InlineData("10000000145")]
    [InlineData("62286775983")]
    [InlineData("97485249605")]
    [InlineData("1234567890")]
    [InlineData("123456789012")]
    [InlineData("abcdefghijk")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Finds_each_of_several_1() =>
        RecognizerAssert.FindsExactly(Recognizer, "Birinci kişi: 10000000146, ikinci kişi: 76543210794", (14, 25), (40, 51));

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.TrNationalId], Recognizer.SupportedEntities);
        Assert.Equal("TR", Recognizer.Country);
    }

    [Theory]
    [InlineData("10000000146", ValidationOutcome.Valid)]
    [InlineData("10000000145", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, TrNationalIdRecognizer.Validate(candidate));
}
