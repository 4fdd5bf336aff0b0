using System.Buffers;

namespace Anonymizer.Anonymization;

/// <summary>Writes a random value of the same shape: each digit becomes a digit, each letter a letter of the same case, other characters stay.</summary>
internal static class ShapeToken
{
    public static void Write(ReadOnlySpan<char> value, KeyedRandom random, IBufferWriter<char> output)
    {
        var span = output.GetSpan(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            span[i] = c switch
            {
                >= '0' and <= '9' => random.NextDigit(),
                >= 'a' and <= 'z' => (char)('a' + random.Next(26)),
                >= 'A' and <= 'Z' => (char)('A' + random.Next(26)),
                _ when char.IsLetter(c) => char.IsUpper(c) ? (char)('A' + random.Next(26)) : (char)('a' + random.Next(26)),
                _ when char.IsDigit(c) => random.NextDigit(),
                _ => c,
            };
        }

        output.Advance(value.Length);
    }
}
