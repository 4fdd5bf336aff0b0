namespace Anonymizer.Analysis;

/// <summary>
/// The highest scores the recognizers that run last (<see cref="Recognizer.RunsLast"/>) can give a match, for
/// <see cref="TextIndex.Settle"/>: their base scores, raised by context enhancement only where one of their context
/// words can stand among the words before the match (or the call gives context words of its own). Reused per thread.
/// </summary>
internal sealed class LastRunScores
{
    [ThreadStatic]
    private static LastRunScores? t_scores;

    private readonly List<(ContextWordSet Words, int WordsBefore, double Enhanced)> _enhanceable = [];
    private bool _callContext;

    /// <summary>The highest base score of the recognizers added.</summary>
    internal double Base { get; private set; }

    /// <summary>The highest score any of them can reach, with context.</summary>
    internal double Highest { get; private set; }

    /// <summary>This thread's instance, emptied, for a call with or without context words of its own.</summary>
    internal static LastRunScores ForThread(bool callContext)
    {
        var scores = t_scores ??= new LastRunScores();
        scores._enhanceable.Clear();
        scores._callContext = callContext;
        scores.Base = 0;
        scores.Highest = 0;
        return scores;
    }

    /// <summary>Adds a recognizer that runs last, with the context enhancement that applies to its matches.</summary>
    internal void Add(Recognizer recognizer, ContextEnhancement enhancement)
    {
        var score = Math.Clamp(recognizer.MaxBaseScore, 0.0, 1.0);
        Base = Math.Max(Base, score);
        var enhanced = recognizer.ContextWords.IsEmpty || enhancement.IsDisabled || score >= 1.0 ? score : enhancement.Apply(score);
        Highest = Math.Max(Highest, enhanced);
        if (enhanced > score)
        {
            _enhanceable.Add((recognizer.ContextWords, enhancement.WordsBefore, enhanced));
        }
    }

    /// <summary>
    /// The highest score a match of these recognizers starting inside [<paramref name="start"/>, <paramref name="end"/>)
    /// can get. The words before such a match lie between the start of the words before <paramref name="start"/> and
    /// <paramref name="end"/>, and a context word found among them is found in that text too
    /// (<see cref="ContextWordSet.CanOccurIn"/> answers for any text it holds).
    /// </summary>
    internal double HighestWithin(ReadOnlySpan<char> text, int start, int end)
    {
        if (_callContext)
        {
            return Highest;
        }

        var highest = Base;
        foreach (var (words, wordsBefore, enhanced) in _enhanceable)
        {
            if (enhanced > highest && words.CanOccurIn(text[ContextWindow.StartOfWordsBefore(text, start, wordsBefore)..end]))
            {
                highest = enhanced;
            }
        }

        return highest;
    }
}
