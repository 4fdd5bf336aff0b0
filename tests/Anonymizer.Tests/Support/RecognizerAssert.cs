using Anonymizer.Analysis;

namespace Anonymizer.Tests.Support;

/// <summary>Runs one recognizer alone (no context, no threshold) and compares its spans.</summary>
internal static class RecognizerAssert
{
    public static PiiMatch[] Run(Recognizer recognizer, string text)
    {
        var sink = new MatchSink();
        recognizer.Analyze(text, sink);
        return sink.ToArray();
    }

    /// <summary>Asserts the recognizer finds exactly <paramref name="expected"/> (as a set of [start, end) spans).</summary>
    public static void FindsExactly(Recognizer recognizer, string text, params (int Start, int End)[] expected)
    {
        var actual = Run(recognizer, text).Select(m => (m.Start, m.End)).Distinct().Order().ToArray();
        Assert.Equal(expected.Order().ToArray(), actual);
    }
}
