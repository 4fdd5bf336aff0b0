namespace Anonymizer.Ml.Ner;

/// <summary>One token of the NER tokenizer: where it is and the per-token facts its features are built from.</summary>
internal struct NerToken
{
    /// <summary>Start offset in the analysed text.</summary>
    public int Start;

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length;

    /// <summary>64-bit hash of the lower-cased token.</summary>
    public ulong Lower;

    /// <summary>Hash of the compressed word shape (<c>Xx</c>, <c>d</c>, <c>X.X.</c>, ...).</summary>
    public uint Shape;

    /// <summary>Hashes of the lower-cased 2- and 3-character prefix and 2-, 3- and 4-character suffix.</summary>
    public uint Prefix2, Prefix3, Suffix2, Suffix3, Suffix4;

    /// <summary>Gazetteer hits (<see cref="GazetteerFlags"/>).</summary>
    public ushort Gazetteer;

    /// <summary>Casing class: 0 lower, 1 Title, 2 ALL CAPS, 3 mixed, 4 no letter.</summary>
    public byte Casing;

    /// <summary>Whether the token starts a sentence (first token, after <c>. ! ?</c> or a line break).</summary>
    public bool SentenceStart;
}
