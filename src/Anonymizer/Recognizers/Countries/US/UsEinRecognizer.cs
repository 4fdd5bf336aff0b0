using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Countries.US;

/// <summary>
/// US_EIN: Employer Identification Number, NN-NNNNNNN whose two-digit prefix is one the IRS assigns (campus or
/// internet prefixes). There is no check digit.
/// </summary>
public static partial class UsEinRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UsEinRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.UsEin,
        DigitHint = new DigitHint(9, 10),
        Patterns = [new RegexPattern("ein (weak)", EinRegex(), 0.3)],
        Validator = Validate,
        Validation = "IRS prefix (rejects only)",
        ContextWords = ["ein", "fein", "employer identification number", "employer id", "federal tax id", "tax id", "tin", "irs"],
        Triggers = CountryTriggers.Digits,
        Country = "US",
    });

    /// <summary>Undecided when the prefix is one the IRS assigns; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate) =>
        candidate.Length == 10 && IsAssignedPrefix(DateParts.Number(candidate[..2])) ? ValidationOutcome.Undecided : ValidationOutcome.Invalid;

    /// <summary>Whether an EIN prefix is assigned: 01–06, 10–16, 20–27, 30–48, 50–68, 71–77, 80–88, 90–95, 98, 99.</summary>
    public static bool IsAssignedPrefix(int prefix) => prefix is (>= 1 and <= 6) or (>= 10 and <= 16) or (>= 20 and <= 27)
        or (>= 30 and <= 48) or (>= 50 and <= 68) or (>= 71 and <= 77) or (>= 80 and <= 88) or (>= 90 and <= 95) or 98 or 99;

    [GeneratedRegex(@"(?<![\w@=-]|[0-9][.:/])[0-9]{2}-[0-9]{7}(?![\w@]|[.:/-]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex EinRegex();
}
