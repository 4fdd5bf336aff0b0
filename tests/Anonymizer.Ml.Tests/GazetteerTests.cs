using Anonymizer.Ml.Ner;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests;

/// <summary>The gazetteer answers most lookups from a bit filter; it must give exactly the dictionary's answers.</summary>
public sealed class GazetteerTests
{
    [Fact]
    public void Every_word_of_the_shipped_model_is_found_with_its_flags()
    {
        var gazetteer = MlRecognizers.CreateDefault().Model.Gazetteer;
        Assert.True(gazetteer.Count > 10_000);
        foreach (var (key, flags) in gazetteer.Entries)
        {
            Assert.Equal(flags, gazetteer.Lookup(key));
        }

        Assert.NotEqual(GazetteerFlags.None, gazetteer.Lookup("London"));
    }

    [Property(MaxTest = 200)]
    public Property Lookups_equal_the_dictionary() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, int.MaxValue).Select(i => (ulong)i * 0x9E3779B97F4A7C15UL)).ToArbitrary(),
            Gen.ArrayOf(ArbMap.Default.GeneratorFor<ulong>()).ToArbitrary(),
            (keys, probes) =>
            {
                var entries = new Dictionary<ulong, ushort>();
                foreach (var key in keys)
                {
                    entries[key] = (ushort)((key % 7) + 1);
                }

                var gazetteer = new Gazetteer(entries);
                return keys.Concat(probes).All(k => gazetteer.Lookup(k) == entries.GetValueOrDefault(k));
            });
}
