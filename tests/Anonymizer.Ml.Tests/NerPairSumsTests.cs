using Anonymizer.Ml.Ner;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests;

/// <summary>
/// The decoder keeps the sums of each token's pair features per trigram of words (<see cref="NerPairSums"/>): a sum
/// found there must be the one the features give, bit for bit, whatever the weights, however the text falls into
/// blocks, however trigrams crowd each other out of a small table, and however often the words are numbered afresh.
/// </summary>
public sealed class NerPairSumsTests
{
    private const int Bits = 10;
    private const int C = 9;

    private static readonly string[] Words = ["Ann", "ann", "ANN", "Lee", "in", "Rome", "at", "ACME", "the", ".", ",", "x", "xyz", "42", "Ünal"];

    private static Arbitrary<(float[] Weights, string[] Words, int[] Blocks, int Capacity)> Cases() =>
        (from weights in NerSums.Weights((1 << Bits) * C)
         from words in Gen.ArrayOf(Gen.Elements(Words))
         from blocks in Gen.ArrayOf(Gen.Choose(1, 12))
         from capacity in Gen.Elements(1, 2, 8, 4096)
         select (weights, words, blocks, capacity)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Each_sum_is_its_pair_features_weights_added_in_order_from_block_to_block() =>
        Prop.ForAll(Cases(), input =>
        {
            // A table of one or two slots makes every trigram take another's place, within a block and across blocks;
            // tokens starting with an x start a sentence, anywhere in a block.
            var (weights, words, blocks, capacity) = input;
            var model = new NerModel(Bits, weights, new float[C], Gazetteer.Empty, "test");
            var tokens = NerSums.Tokens(string.Join(" ", words), model);
            var numbers = WordNumbers(tokens);
            var table = new NerPairSums(model, capacity);
            return Blocks(tokens.Length, blocks).All(block =>
            {
                table.Assign(tokens.AsSpan(block.Start, block.Length), numbers.AsSpan(block.Start, block.Length));
                return AreThoseOfTheFeatures(model, tokens.AsSpan(block.Start, block.Length), i => NerSums.Read(ref table.Sum(i)));
            });
        });

    [Property(MaxTest = 200)]
    public Property Sums_stay_those_of_the_features_when_the_table_of_words_starts_afresh() =>
        Prop.ForAll(Cases(), input =>
        {
            // A table of four words numbers its words afresh every few blocks: trigrams of the old numbers must be gone.
            var (weights, words, blocks, _) = input;
            var model = new NerModel(Bits, weights, new float[C], Gazetteer.Empty, "test");
            var tokens = NerSums.Tokens(string.Join(" ", words), model);
            var table = new NerWordSums(model, 4);
            return Blocks(tokens.Length, [.. blocks.Select(b => Math.Min(b, 4)).DefaultIfEmpty(4)]).All(block =>
            {
                table.Assign(tokens.AsSpan(block.Start, block.Length));
                return AreThoseOfTheFeatures(model, tokens.AsSpan(block.Start, block.Length), i => NerSums.Read(ref table.PairSum(i)));
            });
        });

    [Fact]
    public void Trigrams_of_the_largest_word_numbers_are_told_apart()
    {
        // Word numbers take 21 bits each in a trigram's key: trigrams whose numbers would share bits if the fields
        // overlapped ("Lee" after "Ann" at a block's end and before "Rome" at a block's start; the middle "Rome" before
        // word 2 and before word 3) must keep their own sums.
        var weights = new float[(1 << Bits) * C];
        var random = new Random(7);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = random.Next(-300_000, 300_001) / 7919f;
        }

        var model = new NerModel(Bits, weights, new float[C], Gazetteer.Empty, "test");
        var table = new NerPairSums(model, 1 << 16);
        const int Max = NerPairSums.MaxWords;
        var blocks = new (string Text, int[] Numbers)[]
        {
            ("Ann Lee", [1, 5]),
            ("Lee Rome", [5, Max]),
            ("Rome Lee Ann", [Max, 5, 1]),
            ("Ann Rome", [1, Max]),
            ("Rome Ann", [Max, 1]),
            ("Rome Rome Rome", [Max, Max, Max]),
            ("Rome Rome Lee", [Max, Max, 2]),
            ("Rome Rome Ann", [Max, Max, 3]),
            ("Ann Lee", [1, 5]),
        };
        foreach (var (text, numbers) in blocks)
        {
            // No token starts a sentence, so that the keys differ in their word numbers alone.
            var tokens = NerSums.Tokens(text, model);
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i].SentenceStart = false;
            }

            table.Assign(tokens, numbers);
            for (var i = 0; i < tokens.Length; i++)
            {
                Assert.True(NerSums.SameBits(NerSums.OfPairs(model, tokens, i), NerSums.Read(ref table.Sum(i))), $"'{text}', token {i}");
            }
        }
    }

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

    // Whether each token's pair sums, as `sumsOf` reads them, are its pair features' weights added in order from zero.
    private static bool AreThoseOfTheFeatures(NerModel model, ReadOnlySpan<NerToken> block, Func<int, float[]> sumsOf)
    {
        for (var i = 0; i < block.Length; i++)
        {
            if (!NerSums.SameBits(NerSums.OfPairs(model, block, i), sumsOf(i)))
            {
                return false;
            }
        }

        return true;
    }

    // The blocks a text of `count` tokens falls into, of the given sizes in turn (12 when none is given).
    private static IEnumerable<(int Start, int Length)> Blocks(int count, int[] sizes)
    {
        var at = 0;
        var index = 0;
        while (at < count)
        {
            var size = Math.Min(count - at, sizes.Length == 0 ? 12 : sizes[index++ % sizes.Length]);
            yield return (at, size);
            at += size;
        }
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
