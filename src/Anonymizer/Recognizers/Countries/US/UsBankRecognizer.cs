using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>
/// US_BANK_NUMBER: a run of 8 to 17 digits. Very weak: off by default, run when US_BANK_NUMBER is named; context words
/// such as "account" raise the score.
/// </summary>
public static partial class UsBankRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UsBankRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UsBankNumber,
        DigitHint = new DigitHint(8, 17),
        Patterns = [new RegexPattern("Bank Account (weak)", BankNumber(), 0.05)],
        ContextWords = ["bank", "check", "account", "account#", "acct", "save", "debit"],
        Triggers = SearchValues.Create("0123456789"),
        EnabledByDefault = false,
        Country = "US",
    });

    [GeneratedRegex(@"(?<![\w.-])\d{8,17}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BankNumber();
}
