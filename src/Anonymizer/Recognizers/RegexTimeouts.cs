namespace Anonymizer.Recognizers;

/// <summary>The match timeout every built-in backtracking regex is bounded by.</summary>
internal static class RegexTimeouts
{
    /// <summary>One second: far above any real match (microseconds), low enough that hostile input cannot hang a run.</summary>
    public const int Milliseconds = 1000;
}
