using Anonymizer.Analysis;
using Anonymizer.Recognizers.Countries.UK;
using Anonymizer.Tests.Support;

namespace Anonymizer.Tests.Recognizers.Countries.UK;

public sealed class UkDrivingLicenceRecognizerTests
{
    private static readonly Recognizer Recognizer = UkDrivingLicenceRecognizer.Create();

    [Theory]
    [InlineData("MORGA607054SM9IJ", 0, 16)]
    [InlineData("MORGA657054SM9IJ", 0, 16)]
    [InlineData("FO999512018AA1AB", 0, 16)]
    [InlineData("SMIT9801015JK2CD", 0, 16)]
    [InlineData("Licence: MORGA607054SM9IJ ok", 9, 25)]
    [InlineData("morga607054sm9ij", 0, 16)]
    [InlineData("JONES710153J99EF", 0, 16)]
    [InlineData("SMITH802290AB1CD", 0, 16)]
    [InlineData("SMITH812310AB1CD", 0, 16)]
    [InlineData("SMITH851010AB1CD", 0, 16)]
    [InlineData("SMITH862310AB1CD", 0, 16)]
    public void Finds_valid_identifiers(string text, int start, int end) =>
        RecognizerAssert.FindsExactly(Recognizer, text, (start, end));

    [Theory]
    [InlineData("MORGA600054SM9IJ")]
    [InlineData("MORGA613054SM9IJ")]
    [InlineData("MORGA650054SM9IJ")]
    [InlineData("MORGA663054SM9IJ")]
    [InlineData("MORGA601004SM9IJ")]
    [InlineData("MORGA601324SM9IJ")]
    [InlineData("MORGA65705SM9IJ")]
    [InlineData("MORGA6570544SM9IJ")]
    [InlineData("99999657054SM9IJ")]
    [InlineData("MO9G9657054SM9IJ")]
    public void Rejects_invalid_identifiers(string text) => RecognizerAssert.FindsExactly(Recognizer, text);

    [Fact]
    public void Reports_its_entity_and_country()
    {
        Assert.Equal([PiiEntityTypes.UkDrivingLicence], Recognizer.SupportedEntities);
        Assert.Equal("UK", Recognizer.Country);
    }

    [Theory]
    [InlineData("MORGA607054SM9IJ", ValidationOutcome.Undecided)]
    [InlineData("MORGA613054SM9IJ", ValidationOutcome.Invalid)]
    [InlineData("MORGA601324SM9IJ", ValidationOutcome.Invalid)]
    public void Validator_checks_the_check_digits(string candidate, ValidationOutcome expected) =>
        Assert.Equal(expected, UkDrivingLicenceRecognizer.Validate(candidate));
}
