using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Anonymizer.Ml.Ner;

/// <summary>
/// The facts of recently seen short tokens (two to eight characters), so that a word met again is not described again:
/// a direct-mapped cache keyed by the token's characters themselves, which a newer token of the same slot replaces. What
/// <see cref="NerModel.Describe"/> finds depends on a token's characters alone (and the model's gazetteer), so a cached
/// answer is the one describing would give. Kept by a thread from text to text; not thread-safe.
/// </summary>
internal sealed class NerTokenCache
{
    /// <summary>The longest token cached, in UTF-16 code units: two 64-bit words hold its characters.</summary>
    public const int MaxLength = 8;

    /// <summary>The slots a cache has by default.</summary>
    public const int DefaultSlots = 8192;

    private readonly Entry[] _entries;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>Creates a cache of <see cref="DefaultSlots"/> slots for <paramref name="model"/>.</summary>
    public NerTokenCache(NerModel model)
        : this(model, DefaultSlots)
    {
    }

    /// <summary>Creates a cache of <paramref name="slots"/> slots (a power of two; tests make it small).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slots"/> is not a power of two from 1 to 2^20.</exception>
    public NerTokenCache(NerModel model, int slots)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (slots is < 1 or > 1 << 20 || (slots & (slots - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "The slot count must be a power of two from 1 to 2^20.");
        }

        Model = model;
        _entries = new Entry[slots];
        _mask = slots - 1;
        _shift = 64 - BitOperations.Log2((uint)slots);
    }

    /// <summary>The model whose gazetteer the facts were found with.</summary>
    public NerModel Model { get; }

    /// <summary>How many tokens of two to eight characters were described afresh (not found in the cache).</summary>
    public long Misses { get; private set; }

    /// <summary>The facts of the token at <paramref name="start"/>, as <see cref="NerModel.Describe"/> finds them.</summary>
    public NerToken Describe(ReadOnlySpan<char> text, int start, int length, bool sentenceStart)
    {
        // The key is the characters' bytes in memory order, which tells tokens apart only on a little-endian machine.
        if (length is < 2 or > MaxLength || !BitConverter.IsLittleEndian)
        {
            return Model.Describe(text, start, length, sentenceStart);
        }

        var (low, high) = Key(text, start, length);

        // The slot from the top bits of the mixed key, where every bit of it has reached (a shift of 64 is one of 0).
        var mixed = ((low * 0x9E3779B97F4A7C15UL) ^ high ^ (ulong)length) * 0xC2B2AE3D27D4EB4FUL;
        var slot = (int)(mixed >> _shift) & _mask;
        ref var entry = ref _entries[slot];
        if (entry.Token.Length != length || entry.Low != low || entry.High != high)
        {
            Misses++;
            entry.Token = Model.Describe(text, start, length, sentenceStart: false);
            entry.Low = low;
            entry.High = high;
        }

        var token = entry.Token;
        token.Start = start;
        token.SentenceStart = sentenceStart;
        return token;
    }

    // The token's characters as two 64-bit words, four characters each, the places past its end zero.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Low, ulong High) Key(ReadOnlySpan<char> text, int start, int length)
    {
        ulong low;
        ulong high;
        if (text.Length - start >= MaxLength)
        {
            ref var first = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
            low = Unsafe.ReadUnaligned<ulong>(ref first);
            high = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, 8));
        }
        else
        {
            Span<char> padded = stackalloc char[MaxLength];
            padded.Clear();
            text.Slice(start, Math.Min(MaxLength, text.Length - start)).CopyTo(padded);
            var words = MemoryMarshal.Cast<char, ulong>(padded);
            low = words[0];
            high = words[1];
        }

        if (length < 4)
        {
            return (low & ((1UL << (length * 16)) - 1), 0);
        }

        return length < MaxLength ? (low, high & ((1UL << ((length - 4) * 16)) - 1)) : (low, high);
    }

    private struct Entry
    {
        public ulong Low;
        public ulong High;
        public NerToken Token;
    }
}
