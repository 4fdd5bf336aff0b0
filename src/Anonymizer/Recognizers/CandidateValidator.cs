using Anonymizer.Analysis;

namespace Anonymizer.Recognizers;

/// <summary>
/// Checks a candidate match (checksum, structure, date of birth, …). <see cref="ValidationOutcome.Valid"/> raises
/// the score to 1.0, <see cref="ValidationOutcome.Invalid"/> drops the candidate, <see cref="ValidationOutcome.Undecided"/>
/// keeps the pattern's score.
/// </summary>
/// <param name="candidate">The matched text.</param>
public delegate ValidationOutcome CandidateValidator(ReadOnlySpan<char> candidate);
