using Anonymizer.Ml.Ner;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests;

/// <summary>
/// The decoder keeps the sums of each token's pair features per trigram of words (<see cref="NerPairSums"/>): a sum
/// found there must be the one the features give, bit for bit, whatever the weights, however the text falls into
/// blocks, and however trigrams crowd each other out of a small table.
/// </summary>
public sealed class NerPairSumsTests
{
    private const int Bits = 10;
    private const int C = 9;

    private static readonly string[] Words = ["Ann", "ann", "ANN", "Lee", "in", "Rome", "at", "ACME", "the", ".", ",", "x", "42", "Ünal"];

    private static Arbitrary<(float[] Weights, string[] Words, int[] Blocks, int Capacity)> Cases() =>
        (from weights in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(0f)), (2, Gen.Choose(-300_000, 300_000).Select(v => v / 7919f))), (1 << Bits) * C)
         from words in Gen.ArrayOf(Gen.Elements(Words))
         from blocks in Gen.ArrayOf(Gen.Choose(1, 12))
         from capacity in Gen.Elements(1, 2, 8, 4096)
         select (weights, words, blocks, capacity)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Each_sum_is_its_pair_features_weights_added_in_order_from_block_to_block() =>
        Prop.ForAll(Cases(), input =>
        {
            // A table of one or two slots makes every trigram take another's place, within a block and across blocks.
            var (weights, words, blocks, capacity) = input;
            var model = new NerModel(Bits, weights, new float[C], Gazetteer.Empty, "test");
            var tokens = NerTestTokens.Of(string.Join(" ", words));
            var numbers = WordNumbers(tokens);
            var table = new NerPairSums(model, capacity);
            var features = new int[NerFeatures.PairCount];
            var expected = new float[C];
            var at = 0;
            var blockIndex = 0;
            while (at < tokens.Length)
            {
                var size = Math.Min(tokens.Length - at, blocks.Length == 0 ? 12 : blocks[blockIndex++ % blocks.Length]);
                var block = tokens.AsSpan(at, size);
                table.Assign(block, numbers.AsSpan(at, size));
                for (var i = 0; i < size; i++)
                {
                    NerFeatures.Pairs(block, i, model.Mask, features, 0);
                    model.SumFeatures(features, expected);
                    if (!NerSums.SameBits(expected, NerSums.Read(ref table.Sum(i))))
                    {
                        return false;
                    }
                }

                at += size;
            }

            return true;
        });

    [Fact]
    public void A_trigram_met_again_is_not_added_up_again_until_the_table_is_emptied()
    {
        var model = MlRecognizers.CreateDefault().Model;
        var tokens = NerTestTokens.Of("Ann Lee wrote to Bob . Ann Lee wrote to Bob .");
        var numbers = WordNumbers(tokens);
        var table = new NerPairSums(model, 1 << 16);

        // The second sentence repeats the first's trigrams but for those of its first and last words (the first token
        // starts a sentence, the last has no next word).
        table.Assign(tokens, numbers);
        var distinct = Enumerable.Range(0, tokens.Length)
            .Select(i => (i > 0 ? numbers[i - 1] : 0, numbers[i], i + 1 < tokens.Length ? numbers[i + 1] : 0, tokens[i].SentenceStart))
            .Distinct()
            .Count();
        Assert.True(distinct < tokens.Length);
        Assert.Equal(distinct, table.Misses);

        table.Assign(tokens, numbers);
        Assert.Equal(distinct, table.Misses);

        table.Clear();
        table.Assign(tokens, numbers);
        Assert.Equal(2 * distinct, table.Misses);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(3, 4)]
    [InlineData(4096, 4096)]
    public void A_table_has_a_power_of_two_of_at_least_two_slots(int capacity, int expected)
    {
        var model = new NerModel(Bits, new float[(1 << Bits) * C], new float[C], Gazetteer.Empty, "test");
        Assert.Equal(expected, new NerPairSums(model, capacity).Capacity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData((1 << 22) + 1)]
    public void A_table_of_no_slots_or_too_many_is_refused(int capacity)
    {
        var model = new NerModel(Bits, new float[(1 << Bits) * C], new float[C], Gazetteer.Empty, "test");
        Assert.Throws<ArgumentOutOfRangeException>(() => new NerPairSums(model, capacity));
    }

    // Each token's word number from 1, as a table of words numbers them: tokens with the same facts share one.
    private static int[] WordNumbers(NerToken[] tokens)
    {
        var numbers = new int[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var first = Array.FindIndex(tokens, 0, i + 1, t => NerFeatures.SameWord(t, tokens[i]));
            numbers[i] = first == i ? numbers.Max() + 1 : numbers[first];
        }

        return numbers;
    }
}
