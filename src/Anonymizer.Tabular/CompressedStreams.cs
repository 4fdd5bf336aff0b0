using System.IO.Compression;

namespace Anonymizer.Tabular;

/// <summary>Wraps streams in a gzip or Zstandard (de)compressor.</summary>
public static class CompressedStreams
{
    /// <summary>A stream that decompresses <paramref name="inner"/> (which it owns).</summary>
    public static Stream Decompress(Stream inner, Compression compression)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return compression switch
        {
            Compression.Gzip => new GZipStream(inner, CompressionMode.Decompress, leaveOpen: false),
            Compression.Zstd => new ZstdSharp.DecompressionStream(inner, leaveOpen: false),
            _ => inner,
        };
    }

    /// <summary>A stream that compresses into <paramref name="inner"/> (which it owns).</summary>
    public static Stream Compress(Stream inner, Compression compression)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return compression switch
        {
            Compression.Gzip => new GZipStream(inner, CompressionLevel.Fastest, leaveOpen: false),
            Compression.Zstd => new ZstdSharp.CompressionStream(inner, level: 3, leaveOpen: false),
            _ => inner,
        };
    }
}
