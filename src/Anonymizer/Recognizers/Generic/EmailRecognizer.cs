using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Generic;

/// <summary>EMAIL_ADDRESS: local part, <c>@</c>, a domain whose top-level domain must be a real one.</summary>
public static partial class EmailRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "EmailRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.EmailAddress,
        Patterns = [new RegexPattern("email", EmailRegex(), 0.5)],
        Validator = Validate,
        ContextWords = ["email", "e-mail", "mail", "address", "contact"],
        Triggers = SearchValues.Create("@"),
    });

    /// <summary>Valid when the address ends in a known top-level domain; invalid otherwise.</summary>
    public static ValidationOutcome Validate(ReadOnlySpan<char> candidate)
    {
        var dot = candidate.LastIndexOf('.');
        return dot > 0 && TopLevelDomains.IsKnown(candidate[(dot + 1)..]) ? ValidationOutcome.Valid : ValidationOutcome.Invalid;
    }

    [GeneratedRegex(
        @"[\w.!#$%&'*+/=?^`{|}~-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}][\p{L}\p{N}-]{0,62}(?![\w-]|\.[\p{L}\p{N}])",
        RegexOptions.CultureInvariant,
        RegexTimeouts.Milliseconds)]
    private static partial Regex EmailRegex();
}
