using Anonymizer.Ml.Ner;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests;

/// <summary>
/// The NER model finds each feature bucket's weight row through a bit-and-count index (<see cref="NerRowIndex"/>): it
/// must number rows as a plain table of one row number per bucket would, and a model whose buckets are mostly without
/// weights must score, save and load as its weights say.
/// </summary>
public sealed class NerRowIndexTests
{
    private const int C = 9;

    // Bucket counts of one to 64 words of 64 buckets, each bucket with a row at one of several densities.
    private static Arbitrary<bool[]> Presence() =>
        (from words in Gen.Choose(1, 64)
         from density in Gen.Elements(0, 1, 10, 50, 90, 100)
         from flags in Gen.ArrayOf(Gen.Choose(0, 99).Select(p => p < density), words * 64)
         select flags).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Rows_are_numbered_from_one_in_bucket_order_and_zero_without_weights() =>
        Prop.ForAll(Presence(), present =>
        {
            var index = new NerRowIndex(present.Length, bucket => present[bucket]);
            var next = 1;
            for (var bucket = 0; bucket < present.Length; bucket++)
            {
                var expected = present[bucket] ? next++ : 0;
                if (index.RowOf(bucket) != expected)
                {
                    return false;
                }
            }

            return index.Rows == next - 1;
        });

    [Property(MaxTest = 200)]
    public Property Many_buckets_at_once_become_their_rows_times_the_row_length() =>
        Prop.ForAll(Presence(), Gen.ArrayOf(Gen.Choose(0, int.MaxValue)).ToArbitrary(), (present, picks) =>
        {
            var index = new NerRowIndex(present.Length, bucket => present[bucket]);
            var buckets = picks.Select(p => p % present.Length).ToArray();
            var offsets = (int[])buckets.Clone();
            index.ToRowOffsets(offsets, C);
            return buckets.Select(b => index.RowOf(b) * C).SequenceEqual(offsets);
        });

    [Fact]
    public void A_bucket_beyond_the_index_is_refused_in_a_run_of_buckets()
    {
        var index = new NerRowIndex(128, b => b % 3 == 0);
        Assert.Throws<IndexOutOfRangeException>(() => index.ToRowOffsets(new[] { 3, 128 }, C));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(127)]
    public void A_single_bucket_with_weights_has_row_one_whatever_its_place_in_its_word(int bucket)
    {
        var index = new NerRowIndex(128, b => b == bucket);
        Assert.Equal(1, index.RowOf(bucket));
        Assert.Equal(1, index.Rows);
        Assert.All(Enumerable.Range(0, 128).Where(b => b != bucket), b => Assert.Equal(0, index.RowOf(b)));
    }

    [Fact]
    public void More_rows_than_sixteen_bits_number_are_refused_with_the_remedy()
    {
        var error = Assert.Throws<ArgumentException>(() => new NerRowIndex(1 << 17, _ => true));
        Assert.Contains("stronger L1 penalty", error.Message, StringComparison.Ordinal);
        Assert.Equal(NerRowIndex.MaxRows, new NerRowIndex(1 << 17, b => b < NerRowIndex.MaxRows).Rows);
        Assert.Throws<ArgumentException>(() => new NerRowIndex(1 << 17, b => b <= NerRowIndex.MaxRows));
    }

    [Fact]
    public void A_bucket_count_that_is_not_whole_words_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new NerRowIndex(100, _ => false));
    }

    // Weights where four buckets in five have none: the index skips most of them. Multiples of 1/64 below 16: exact in
    // half precision (the model file's) and in every sum of a token's features.
    private static Arbitrary<(float[] Weights, string Text)> SparseModels() =>
        (from rows in Gen.ArrayOf(
             Gen.Frequency(
                 (4, Gen.Constant(new float[C])),
                 (1, Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(v => v / 64f), C))),
             1 << 10)
         from words in Gen.ArrayOf(Gen.Elements("Ann", "Lee", "in", "Rome", ".", "ACME", "x9", "the"))
         select (rows.SelectMany(r => r).ToArray(), string.Join(" ", words))).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property A_sparse_model_scores_each_token_with_its_features_weights_and_loads_as_it_was_saved() =>
        Prop.ForAll(SparseModels(), input =>
        {
            var (weights, text) = input;
            var bias = new float[C];
            var model = new NerModel(10, weights, bias, Gazetteer.Empty, "test");
            var tokens = NerTestTokens.Of(text);
            var logits = new float[tokens.Length * C];
            model.Decode(tokens, logits, new byte[tokens.Length * C], new byte[tokens.Length]);
            for (var i = 0; i < tokens.Length; i++)
            {
                var expected = NerPlainLogits.Of(tokens, i, model.Mask, weights, bias);
                for (var label = 0; label < C; label++)
                {
                    // Weights are multiples of 1/64, so every sum is exact in a float.
                    if (logits[(i * C) + label] != (float)expected[label])
                    {
                        return false;
                    }
                }
            }

            using var saved = new MemoryStream();
            model.Save(saved);
            saved.Position = 0;
            var loaded = NerModel.Load(saved);
            var loadedLogits = new float[tokens.Length * C];
            loaded.Decode(tokens, loadedLogits, new byte[tokens.Length * C], new byte[tokens.Length]);
            return loaded.NonZeroBuckets == model.NonZeroBuckets && loadedLogits.AsSpan().SequenceEqual(logits);
        });
}
