using Anonymizer.Analysis;

namespace Anonymizer.Benchmarks;

/// <summary>Runs one recognizer, or a whole analyzer, over texts: the loop of the recognizer and analyzer benchmarks.</summary>
public static class RecognizerRuns
{
    /// <summary>Runs <paramref name="recognizer"/> over each of <paramref name="texts"/> and returns the matches found.</summary>
    public static int CountMatches(Recognizer recognizer, string[] texts, MatchSink sink)
    {
        var count = 0;
        foreach (var text in texts)
        {
            sink.Clear();
            recognizer.Analyze(text, sink);
            count += sink.Count;
        }

        return count;
    }

    /// <summary>Runs <paramref name="analyzer"/> over each of <paramref name="texts"/> and returns the matches found.</summary>
    public static int CountMatches(PiiAnalyzer analyzer, string[] texts, MatchSink sink)
    {
        var count = 0;
        foreach (var text in texts)
        {
            analyzer.Analyze(text, sink);
            count += sink.Count;
        }

        return count;
    }
}
