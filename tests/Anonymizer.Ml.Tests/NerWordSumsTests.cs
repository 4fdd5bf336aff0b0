using Anonymizer.Ml.Ner;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests;

/// <summary>
/// The decoder sums what depends on one word once per distinct word (<see cref="NerWordSums"/>, a table kept from block
/// to block and text to text), and reads one-character ASCII tokens from a table: neither may change a score, whatever
/// the weights, however a text falls into blocks, and whichever word a table meets first or forgets when it is full.
/// </summary>
public sealed class NerWordSumsTests
{
    private const int Bits = 10;
    private const int C = 9;

    private static readonly string[] Words = ["Ann", "ann", "ANN", "McLee", "MCLee", "Lee", "in", "Rome", "at", "ACME", "Ltd", "the", ".", ",", "x", "42", "Ünal", "Jean-Luc", "----"];

    private static Arbitrary<(float[] Weights, float[] Bias, string[] Words, int[] Blocks)> Cases() =>
        (from weights in NerSums.Weights((1 << Bits) * C)
         from bias in NerSums.Weights(C)
         from words in Gen.ArrayOf(Gen.Elements(Words))
         from blocks in Gen.ArrayOf(Gen.Choose(1, 12))
         select (weights, bias, words, blocks)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property A_table_shared_by_blocks_scores_each_block_as_a_table_of_its_own_does() =>
        Prop.ForAll(Cases(), input =>
        {
            var (weights, bias, words, blocks) = input;
            var model = new NerModel(Bits, weights, bias, Gazetteer.Empty, "test");
            var tokens = NerSums.Tokens(string.Join(" ", words), model);

            // A table of 16 words: longer token runs make it start afresh.
            var shared = new NerWordSums(model, 16);
            var at = 0;
            var blockIndex = 0;
            while (at < tokens.Length)
            {
                var size = Math.Min(tokens.Length - at, blocks.Length == 0 ? 12 : blocks[blockIndex++ % blocks.Length]);
                var block = tokens.AsSpan(at, size);
                var (sharedLabels, sharedLogits) = Decode(model, block, shared);
                var ownLabels = new byte[size];
                var ownLogits = new float[size * C];
                model.Decode(block, ownLogits, new byte[size * C], ownLabels);
                if (!sharedLabels.AsSpan().SequenceEqual(ownLabels) || !NerSums.SameBits(sharedLogits, ownLogits))
                {
                    return false;
                }

                at += size;
            }

            return true;
        });

    [Property(MaxTest = 200)]
    public Property Logits_are_the_sums_of_every_feature_of_the_token() =>
        Prop.ForAll(Cases(), input =>
        {
            var (weights, bias, words, _) = input;
            var model = new NerModel(Bits, weights, bias, Gazetteer.Empty, "test");
            var tokens = NerSums.Tokens(string.Join(" ", words), model);
            var logits = new float[tokens.Length * C];
            model.Decode(tokens, logits, new byte[tokens.Length * C], new byte[tokens.Length]);
            for (var i = 0; i < tokens.Length; i++)
            {
                var expected = NerPlainLogits.Of(tokens, i, model.Mask, weights, bias);
                for (var label = 0; label < C; label++)
                {
                    if (Math.Abs(logits[(i * C) + label] - expected[label]) > 1e-3)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_block_with_more_new_words_than_one_batch_of_sums_holds_scores_each_token_by_its_features(int seed)
    {
        // 1,500 distinct words, a few repeated: several thousand sums of a few rows each, added up in some fifteen
        // batches. Weights are multiples of 1/64 below 16, so every logit is exact and the comparison is bit for bit.
        var random = new Random(seed);
        var weights = new float[(1 << Bits) * C];
        for (var bucket = 0; bucket < 1 << Bits; bucket++)
        {
            if (random.Next(3) == 0)
            {
                for (var label = 0; label < C; label++)
                {
                    weights[(bucket * C) + label] = random.Next(-1000, 1001) / 64f;
                }
            }
        }

        var bias = new float[C];
        var model = new NerModel(Bits, weights, bias, Gazetteer.Empty, "test");
        var words = Enumerable.Range(0, 1500).Select(i => (i % 7 == 0 ? "Ab" : "w") + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + (i % 5 == 0 ? " ." : ""));
        var tokens = NerSums.Tokens(string.Join(" ", words.Concat(words.Take(200))), model);
        Assert.True(tokens.Length > 1700);
        var logits = new float[tokens.Length * C];
        model.Decode(tokens, logits, new byte[tokens.Length * C], new byte[tokens.Length]);
        for (var i = 0; i < tokens.Length; i++)
        {
            var expected = NerPlainLogits.Of(tokens, i, model.Mask, weights, bias);
            for (var label = 0; label < C; label++)
            {
                Assert.Equal((float)expected[label], logits[(i * C) + label]);
            }
        }
    }

    // Queues so small that rows (one token's features at most) or sums (a few) fill them, and the default ones.
    public static TheoryData<int, int> QueueLengths => new()
    {
        { NerFeatures.MaxFeatures, NerWordSums.DefaultSumQueueLength },
        { NerWordSums.DefaultRowQueueLength, 1 },
        { NerFeatures.MaxFeatures, 3 },
        { NerWordSums.DefaultRowQueueLength, NerWordSums.DefaultSumQueueLength },
    };

    [Theory]
    [MemberData(nameof(QueueLengths))]
    public void Each_word_sum_is_its_features_weights_added_in_order_whatever_fills_the_queue(int rowQueueLength, int sumQueueLength)
    {
        // Weights of 1/7919ths, so that the order of the additions shows in the bits: each of a word's sums must be its
        // features' rows added one after another from zero, as SumFeatures adds them.
        var random = new Random(rowQueueLength + sumQueueLength);
        var weights = new float[(1 << Bits) * C];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = random.Next(3) == 0 ? random.Next(-300_000, 300_001) / 7919f : 0f;
        }

        var model = new NerModel(Bits, weights, new float[C], Gazetteer.Empty, "test");
        var text = string.Join(" ", Enumerable.Range(0, 400).Select(i => (i % 3 == 0 ? "Ab" : "w") + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + (i % 4 == 0 ? " ." : "")));
        var tokens = NerSums.Tokens(text, model);
        var words = new NerWordSums(model, text.Length, rowQueueLength, sumQueueLength);
        words.Assign(tokens);
        var features = new int[NerFeatures.MaxFeatures];
        var expected = new float[C];
        for (var i = 0; i < tokens.Length; i++)
        {
            model.SumFeatures(features.AsSpan(0, NerFeatures.Own(tokens[i], tokens[i].SentenceStart, model.Mask, features, 0)), expected);
            Assert.True(NerSums.SameBits(expected, NerSums.Read(ref words.Own(i))), $"own sums of token {i}");
            foreach (var role in NerFeatures.NeighbourRoles)
            {
                var j = i + NerFeatures.NeighbourOffset(role);
                var count = (uint)j < (uint)tokens.Length
                    ? NerFeatures.Neighbour(role, tokens[j], model.Mask, features, 0)
                    : NerFeatures.Boundary(role, model.Mask, features, 0);
                model.SumFeatures(features.AsSpan(0, count), expected);
                Assert.True(NerSums.SameBits(expected, NerSums.Read(ref words.GivenTo(i, role))), $"{role} sums of token {i}");
            }

            Assert.True(NerSums.SameBits(NerSums.OfPairs(model, tokens, i), NerSums.Read(ref words.PairSum(i))), $"pair sums of token {i}");
        }
    }

    [Theory]
    [InlineData(0, NerWordSums.DefaultRowQueueLength, NerWordSums.DefaultSumQueueLength)]
    [InlineData((1 << 20) + 1, NerWordSums.DefaultRowQueueLength, NerWordSums.DefaultSumQueueLength)]
    [InlineData(16, NerFeatures.MaxFeatures - 1, NerWordSums.DefaultSumQueueLength)]
    [InlineData(16, NerWordSums.DefaultRowQueueLength, 0)]
    public void A_table_of_no_words_or_queues_too_short_for_a_token_is_refused(int capacity, int rowQueueLength, int sumQueueLength)
    {
        var model = new NerModel(Bits, new float[(1 << Bits) * C], new float[C], Gazetteer.Empty, "test");
        Assert.Throws<ArgumentOutOfRangeException>(() => new NerWordSums(model, capacity, rowQueueLength, sumQueueLength));
    }

    [Fact]
    public void A_block_longer_than_the_table_or_a_table_of_another_model_is_refused()
    {
        var model = new NerModel(Bits, new float[(1 << Bits) * C], new float[C], Gazetteer.Empty, "test");
        var other = new NerModel(Bits, new float[(1 << Bits) * C], new float[C], Gazetteer.Empty, "other");
        var tokens = NerSums.Tokens("one two three four five", model);
        var labels = new byte[tokens.Length];
        var logits = new float[tokens.Length * C];
        var small = new NerWordSums(model, 4);
        Assert.Equal(4, small.Capacity);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Decode(tokens, small, logits, new byte[tokens.Length * C], labels));
        Assert.Throws<ArgumentException>(() => model.Decode(tokens, new NerWordSums(other), logits, new byte[tokens.Length * C], labels));
    }

    [Theory]
    [InlineData("McLee", "MCLee")] // the shape alone differs
    [InlineData("Abc", "ABc")] // the casing alone differs
    [InlineData("Ann", "ANN")]
    [InlineData("ann", "Ann")]
    [InlineData("Paris", "Pariss")]
    public void Words_that_differ_in_case_or_letters_are_told_apart(string first, string second)
    {
        var a = NerFeatures.Describe(first, 0, first.Length, false, Gazetteer.Empty);
        var b = NerFeatures.Describe(second, 0, second.Length, false, Gazetteer.Empty);
        var again = NerFeatures.Describe("x " + first, 2, first.Length, true, Gazetteer.Empty);
        Assert.False(NerFeatures.SameWord(a, b));
        Assert.True(NerFeatures.SameWord(a, again));
        Assert.Equal(NerFeatures.WordHash(a), NerFeatures.WordHash(again));
    }

    [Fact]
    public void One_character_ascii_tokens_are_described_as_the_features_describe_them()
    {
        var model = MlRecognizers.CreateDefault().Model;
        for (var c = 0; c < 128; c++)
        {
            var text = "ab" + (char)c + "cd";
            foreach (var sentenceStart in new[] { false, true })
            {
                var expected = NerFeatures.Describe(text, 2, 1, sentenceStart, model.Gazetteer);
                var actual = model.Describe(text, 2, 1, sentenceStart);
                Assert.Equal(Facts(expected), Facts(actual));
            }
        }

        foreach (var (text, start, length) in new[] { ("Paris", 0, 5), ("xÜy", 1, 1), ("a--b", 1, 2), ("I", 0, 1) })
        {
            var expected = NerFeatures.Describe(text, start, length, false, model.Gazetteer);
            Assert.Equal(Facts(expected), Facts(model.Describe(text, start, length, false)));
        }
    }

    [Fact]
    public void Features_are_those_the_shipped_model_was_trained_with()
    {
        // A hash of each token's sorted feature indices, as the features were when the shipped model was trained: the
        // model's weights mean nothing under other features.
        var model = MlRecognizers.CreateDefault().Model;
        const string Text = "Received: from mail.example.org by Ann Lee's host (8.12.5) on Mon, 2 Sep 2002.\nDear Mr. O'Brien, "
            + "Jean-Luc visited Paris and AT&T in New York!  ---- ÜNAL x 42";
        var tokens = new List<NerToken>();
        var position = 0;
        var sentenceStart = true;
        while (NerTokenizer.Next(Text, ref position, out var start, out var length, out var lineBreak))
        {
            tokens.Add(NerFeatures.Describe(Text, start, length, sentenceStart || lineBreak, model.Gazetteer));
            sentenceStart = length == 1 && Text[start] is '.' or '!' or '?';
        }

        var features = new int[NerFeatures.MaxFeatures];
        var hash = 14695981039346656037UL;
        var total = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var count = NerFeatures.Extract(tokens.ToArray(), i, model.Mask, features);
            total += count;
            foreach (var feature in features.Take(count).Order())
            {
                hash = (hash ^ (ulong)feature) * 1099511628211UL;
            }

            hash = (hash ^ 0xFFFF) * 1099511628211UL;
        }

        Assert.Equal((37, 1026, 0x8F1ABEEB07CE3656UL), (tokens.Count, total, hash));
    }

    private static (byte[] Labels, float[] Logits) Decode(NerModel model, ReadOnlySpan<NerToken> block, NerWordSums words)
    {
        var labels = new byte[block.Length];
        var logits = new float[block.Length * C];
        model.Decode(block, words, logits, new byte[block.Length * C], labels);
        return (labels, logits);
    }

    private static object Facts(NerToken t) =>
        (t.Start, t.Length, t.Lower, t.Shape, (t.Prefix2, t.Prefix3, t.Suffix2, t.Suffix3, t.Suffix4), t.Gazetteer, t.Casing, t.SentenceStart);
}
