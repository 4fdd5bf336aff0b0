using Anonymizer.Analysis;

namespace Anonymizer.Anonymization;

/// <summary>The result of anonymizing one text.</summary>
/// <param name="Text">The rewritten text.</param>
/// <param name="Matches">The matches that were rewritten (offsets into the original text).</param>
/// <param name="Replacements">Where each replacement stands in <paramref name="Text"/>.</param>
public sealed record AnonymizedText(string Text, IReadOnlyList<PiiMatch> Matches, IReadOnlyList<Replacement> Replacements);
