namespace Anonymizer.Ml.Ner;

/// <summary>
/// One thread's tables for one model, kept from one text to the next (<see cref="NerModel.TakeThreadTables"/>): the
/// sums of the words it has met (and of the pair features of the trigrams of them it has met) and the facts of short
/// tokens. About 3 MB, and they hold words of the texts read before (in memory only: never written out, logged or put
/// in a message). Not thread-safe.
/// </summary>
internal sealed class NerThreadTables(NerModel model)
{
    /// <summary>The table of words.</summary>
    public NerWordSums Words { get; } = new(model);

    /// <summary>The cache of described tokens.</summary>
    public NerTokenCache Tokens { get; } = new(model);
}
