using System.Text;

namespace Anonymizer.Tests.Security;

/// <summary>
/// Hostile inputs of any size, built deterministically: the same generators feed the tests (1 and 4 MB) and the
/// benchmark (10 MB). Each is a string of exactly the requested number of UTF-16 characters.
/// </summary>
public static class AdversarialInputs
{
    /// <summary>The names of the inputs, in a stable order.</summary>
    public static readonly string[] Names = ["digits", "a@a.", "no-whitespace", "alternating-scripts", "lone-surrogates", "nul-bytes"];

    /// <summary>Builds the named input with <paramref name="length"/> characters.</summary>
    public static string Build(string name, int length) => name switch
    {
        "digits" => Repeat("0123456789", length),
        "a@a." => Repeat("a@a.", length),
        "no-whitespace" => Repeat("jane.doe@example.com;4111-1111-1111-1111,192.168.0.1/DE89370400440532013000:+12125550187_", length),
        "alternating-scripts" => Repeat("aдα数ب1ק२ก한b@", length),
        "lone-surrogates" => Repeat("\uD800a1\uDC00@\uD83D.9\uDE00x", length),
        "nul-bytes" => Repeat("\0jane@example.com\0 078-05-1121\0\0 4111 1111 1111 1111\0", length),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown adversarial input"),
    };

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        builder.Length = length;
        return builder.ToString();
    }
}
