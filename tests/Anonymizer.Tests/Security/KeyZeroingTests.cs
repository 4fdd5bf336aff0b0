using System.Reflection;
using Anonymizer.Keys;

namespace Anonymizer.Tests.Security;

/// <summary>Disposing a key zeroes its bytes in memory (checked on the private buffer itself).</summary>
public sealed class KeyZeroingTests
{
    [Fact]
    public void Dispose_zeroes_the_key_bytes()
    {
        var key = AnonymizationKey.FromBytes(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var field = typeof(AnonymizationKey).GetField("_key", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var buffer = (byte[])field.GetValue(key)!;
        Assert.Contains(buffer, b => b != 0);
        key.Dispose();
        Assert.All(buffer, b => Assert.Equal(0, b));
    }
}
