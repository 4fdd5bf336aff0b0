namespace Anonymizer.Analysis;

/// <summary>
/// Why a match was reported with its score: the pattern that found it, what its validator decided, the score the
/// pattern gave before context, and the context word that raised it (if any). Holds no text of the match itself.
/// </summary>
/// <param name="Pattern">Name of the pattern (or model) that produced the match.</param>
/// <param name="Validation">What the recognizer's validator decided.</param>
/// <param name="OriginalScore">The score before context enhancement.</param>
/// <param name="ContextWord">The context word that raised the score, or <see langword="null"/>.</param>
public readonly record struct MatchExplanation(
    string Pattern,
    ValidationOutcome Validation,
    double OriginalScore,
    string? ContextWord = null)
{
    /// <summary>A one-line, human-readable form of the explanation.</summary>
    public override string ToString()
    {
        var text = $"pattern '{Pattern}' score {OriginalScore:0.##}";
        if (Validation != ValidationOutcome.Undecided)
        {
            text += Validation == ValidationOutcome.Valid ? ", checksum valid" : ", checksum invalid";
        }

        return ContextWord is null ? text : text + $", context word '{ContextWord}'";
    }
}
