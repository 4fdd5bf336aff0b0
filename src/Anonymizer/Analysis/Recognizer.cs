namespace Anonymizer.Analysis;

/// <summary>
/// Finds one or more entity types in a text. A recognizer reads the text as a span and writes what it finds
/// into a <see cref="MatchSink"/>; it holds no per-call state, so one instance serves all threads.
/// </summary>
public abstract class Recognizer
{
    /// <summary>Creates a recognizer.</summary>
    /// <param name="name">The name reported with each match (e.g. <c>EmailRecognizer</c>).</param>
    /// <param name="supportedEntities">The entity types this recognizer can report.</param>
    /// <param name="contextWords">Words that, near a match, raise its score (see <see cref="ContextEnhancement"/>).</param>
    /// <param name="enabledByDefault">Whether the analyzer runs it when the caller names no entity types.</param>
    /// <param name="country">ISO 3166 alpha-2 code of the country whose identifier it finds, or <see langword="null"/> when generic.</param>
    protected Recognizer(
        string name,
        IReadOnlyList<string> supportedEntities,
        IReadOnlyList<string>? contextWords = null,
        bool enabledByDefault = true,
        string? country = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(supportedEntities);
        if (supportedEntities.Count == 0)
        {
            throw new ArgumentException("A recognizer must support at least one entity type.", nameof(supportedEntities));
        }

        Name = name;
        SupportedEntities = supportedEntities;
        ContextWords = ContextWordSet.Create(contextWords ?? []);
        EnabledByDefault = enabledByDefault;
        Country = country;
    }

    /// <summary>The name reported with each match.</summary>
    public string Name { get; }

    /// <summary>The entity types this recognizer can report.</summary>
    public IReadOnlyList<string> SupportedEntities { get; }

    /// <summary>Words that, found shortly before a match, raise its score.</summary>
    public ContextWordSet ContextWords { get; }

    /// <summary>Whether the analyzer runs this recognizer when the caller names no entity types.</summary>
    public bool EnabledByDefault { get; }

    /// <summary>
    /// ISO 3166 alpha-2 code of the country whose identifier this recognizer finds (e.g. <c>DE</c>), or
    /// <see langword="null"/> for a generic one. Naming a country enables its recognizers.
    /// </summary>
    public string? Country { get; }

    /// <summary>
    /// This recognizer's own context enhancement settings, or <see langword="null"/> to use the analyzer's.
    /// </summary>
    public virtual ContextEnhancement? ContextEnhancement => null;

    /// <summary>Finds entities in <paramref name="text"/> and adds them to <paramref name="sink"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="sink">Receives the matches; offsets are relative to <paramref name="text"/>.</param>
    public abstract void Analyze(ReadOnlySpan<char> text, MatchSink sink);

    /// <summary>
    /// Finds entities like <see cref="Analyze(ReadOnlySpan{char}, MatchSink)"/>, with the digit positions of the text
    /// shared by all recognizers of one analysis. Recognizers that do not use them scan as usual.
    /// </summary>
    internal virtual void Analyze(ReadOnlySpan<char> text, TextIndex index, MatchSink sink) => Analyze(text, sink);

    /// <summary>The highest score this recognizer reports before context enhancement (1.0 unless it says less).</summary>
    internal virtual double MaxBaseScore => 1.0;

    /// <summary>
    /// Whether the analyzer runs this recognizer after all the others, so that it can skip what validated matches
    /// already cover (see <see cref="TextIndex.Settled"/>).
    /// </summary>
    internal virtual bool RunsLast => false;

    /// <summary>Whether this recognizer reports <paramref name="entityType"/>.</summary>
    public bool Supports(string entityType)
    {
        foreach (var supported in SupportedEntities)
        {
            if (string.Equals(supported, entityType, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
