using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>
/// MEDICAL_LICENSE: US DEA registration numbers: a registrant-type letter, the first letter of the registrant's name
/// (or 9), and seven digits whose last is a check digit.
/// </summary>
public static partial class MedicalLicenseRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "MedicalLicenseRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.MedicalLicense,
        DigitHint = new DigitHint(7, 9),
        Patterns = [new RegexPattern("USA DEA Certificate Number (weak)", Dea(), 0.4)],
        Validator = Validate,
        ContextWords = ["medical", "certificate", "dea", "registration", "license", "licence"],
        Triggers = SearchValues.Create("ABCDEFGHJKLMPRSTUX"),
        Country = "US",
    });

    /// <summary>Valid when the DEA check digit is right (see <see cref="DeaNumber.IsValid"/>); invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate) =>
        DeaNumber.IsValid(candidate) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;

    [GeneratedRegex(@"(?<![\w.-])[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Dea();
}
