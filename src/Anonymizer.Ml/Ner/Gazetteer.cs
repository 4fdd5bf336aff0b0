using System.Collections.Frozen;

namespace Anonymizer.Ml.Ner;

/// <summary>Word lists keyed by the hash of the lower-cased word (<see cref="NerFeatures.HashLower"/>). Immutable.</summary>
internal sealed class Gazetteer
{
    private readonly FrozenDictionary<ulong, ushort> _entries;

    // One bit per 2^16 slices of the hash space, set for the slices that hold a word: most tokens of running text are in
    // no list, and this 8 KB table, which stays in the core's first-level cache, answers for them without a dictionary
    // lookup (a fifth of the bits are set for the shipped model's 15,900 words).
    private readonly ulong[] _present = new ulong[(1 << FilterBits) / 64];
    private const int FilterBits = 16;

    /// <summary>Creates a gazetteer from hashed entries.</summary>
    public Gazetteer(IReadOnlyDictionary<ulong, ushort> entries)
    {
        _entries = entries.ToFrozenDictionary();
        foreach (var key in _entries.Keys)
        {
            var slice = Slice(key);
            _present[slice >> 6] |= 1UL << (int)(slice & 63);
        }
    }

    /// <summary>An empty gazetteer.</summary>
    public static Gazetteer Empty { get; } = new(new Dictionary<ulong, ushort>());

    /// <summary>The entries.</summary>
    public IReadOnlyDictionary<ulong, ushort> Entries => _entries;

    /// <summary>Number of words.</summary>
    public int Count => _entries.Count;

    /// <summary>The flags of the word with this hash, or 0.</summary>
    public ushort Lookup(ulong lowerHash)
    {
        var slice = Slice(lowerHash);
        if ((_present[slice >> 6] & (1UL << (int)(slice & 63))) == 0)
        {
            return 0;
        }

        return _entries.TryGetValue(lowerHash, out var flags) ? flags : (ushort)0;
    }

    // The slice of the hash space a hash falls in (a multiplicative hash: FNV-1a's low bits alone are not well mixed).
    private static uint Slice(ulong hash) => (uint)((hash * 0x9E3779B97F4A7C15UL) >> (64 - FilterBits));

    /// <summary>The flags of <paramref name="word"/>, or 0.</summary>
    public GazetteerFlags Lookup(ReadOnlySpan<char> word) => (GazetteerFlags)Lookup(NerFeatures.HashLower(word));

    /// <summary>Builds a gazetteer from word lists.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<ulong, ushort> _entries = [];

        /// <summary>Adds each word of each entry (split at spaces) with <paramref name="flags"/>.</summary>
        public Builder Add(IEnumerable<string> entries, GazetteerFlags flags, bool splitWords = true)
        {
            foreach (var entry in entries)
            {
                if (!splitWords)
                {
                    AddWord(entry, flags);
                    continue;
                }

                var text = entry.AsSpan();
                var position = 0;
                while (NerTokenizer.Next(text, ref position, out var start, out var length, out _))
                {
                    var word = text.Slice(start, length);
                    if (word.Length > 1 || char.IsLetter(word[0]))
                    {
                        AddWord(word, flags);
                    }
                }
            }

            return this;
        }

        /// <summary>The gazetteer.</summary>
        public Gazetteer Build() => new(_entries);

        private void AddWord(ReadOnlySpan<char> word, GazetteerFlags flags)
        {
            var key = NerFeatures.HashLower(word);
            _entries[key] = (ushort)(_entries.GetValueOrDefault(key) | (ushort)flags);
        }
    }
}
