using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Anonymizer.Anonymization;

/// <summary>
/// A deterministic stream of random numbers from a 32-byte seed (HMAC-SHA256 of the seed over a counter). The same
/// seed gives the same numbers on every machine and run. Not thread-safe; one per value.
/// </summary>
internal sealed class KeyedRandom
{
    private readonly byte[] _seed;
    private readonly byte[] _block = new byte[32];
    private int _used = 32;
    private uint _counter;

    public KeyedRandom(byte[] seed) => _seed = seed;

    /// <summary>A 32-bit seed for a library generator (e.g. Bogus' Randomizer), taken from the seed's first bytes.</summary>
    public int Int32Seed => BinaryPrimitives.ReadInt32LittleEndian(_seed);

    public byte NextByte()
    {
        if (_used == _block.Length)
        {
            Span<byte> counter = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(counter, _counter++);
            HMACSHA256.HashData(_seed, counter, _block);
            _used = 0;
        }

        return _block[_used++];
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), by rejection sampling (max ≤ 65536).</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 1)
        {
            return 0;
        }

        if (maxExclusive <= 256)
        {
            var limit = 256 - (256 % maxExclusive);
            while (true)
            {
                var b = NextByte();
                if (b < limit)
                {
                    return b % maxExclusive;
                }
            }
        }

        var limit16 = 65536 - (65536 % maxExclusive);
        while (true)
        {
            var v = (NextByte() << 8) | NextByte();
            if (v < limit16)
            {
                return v % maxExclusive;
            }
        }
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Next(int min, int max) => min + Next(max - min + 1);

    public char NextDigit() => (char)('0' + Next(10));

    public void NextBytes(Span<byte> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = NextByte();
        }
    }
}
