using Anonymizer.Tabular.Pipeline;

namespace Anonymizer.Tabular.Tests;

public sealed class OrderedPipelineTests
{
    private sealed class Item(int value)
    {
        public int Value { get; } = value;

        public int Result { get; set; }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(4, 256)]
    public void Outputs_come_in_input_order_whatever_the_threads_and_batch_size(int threads, int batchSize)
    {
        var items = Enumerable.Range(0, 5000).Select(i => new Item(i));
        var written = new List<int>();
        new OrderedPipeline<Item>(threads, batchSize).Run(
            items,
            item =>
            {
                if (item.Value % 97 == 0)
                {
                    Thread.SpinWait(20000);
                }

                item.Result = item.Value * 2;
            },
            item => written.Add(item.Result));
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => i * 2), written);
    }

    [Fact]
    public void Heavy_items_close_batches_early_so_two_workers_share_a_small_input()
    {
        // Four items, each as heavy as a whole batch: without weights they would form one batch and one worker would
        // wait at the barrier alone; with weights the first two are in different batches and meet there.
        using var barrier = new Barrier(2);
        var met = 0;
        var written = new List<int>();
        new OrderedPipeline<Item>(threads: 2, weight: _ => 64 * 1024).Run(
            Enumerable.Range(0, 4).Select(i => new Item(i)),
            item =>
            {
                if (item.Value < 2 && barrier.SignalAndWait(TimeSpan.FromSeconds(20)))
                {
                    Interlocked.Increment(ref met);
                }

                item.Result = item.Value;
            },
            item => written.Add(item.Result));
        Assert.Equal(2, met);
        Assert.Equal([0, 1, 2, 3], written);
    }

    [Fact]
    public void A_batch_weight_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrderedPipeline<Item>(2, weight: _ => 1, maxBatchWeight: 0));

    [Fact]
    public void Memory_is_bounded_the_producer_never_runs_more_than_capacity_batches_ahead()
    {
        var produced = 0;
        var maxAhead = 0;
        var consumed = 0;
        IEnumerable<Item> Source()
        {
            for (var i = 0; i < 20000; i++)
            {
                Interlocked.Increment(ref produced);
                yield return new Item(i);
            }
        }

        new OrderedPipeline<Item>(threads: 2, batchSize: 10, capacity: 4).Run(
            Source(),
            _ => { },
            _ =>
            {
                var c = Interlocked.Increment(ref consumed);
                maxAhead = Math.Max(maxAhead, Volatile.Read(ref produced) - c);
                Thread.SpinWait(50);
            });
        Assert.Equal(20000, consumed);
        Assert.True(maxAhead <= (4 + 3) * 10, $"producer ran {maxAhead} items ahead");
    }

    [Fact]
    public void A_failure_in_a_worker_stops_the_run_and_is_rethrown()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new OrderedPipeline<Item>(2, 16).Run(
            Enumerable.Range(0, 100000).Select(i => new Item(i)),
            item =>
            {
                if (item.Value == 500)
                {
                    throw new InvalidOperationException("boom");
                }
            },
            _ => { }));
        Assert.Equal("boom", ex.Message);
    }

    [Fact]
    public void A_failure_in_the_writer_is_rethrown()
    {
        var ex = Assert.Throws<FormatException>(() => new OrderedPipeline<Item>(2, 16).Run(
            Enumerable.Range(0, 100000).Select(i => new Item(i)),
            _ => { },
            item =>
            {
                if (item.Value == 1000)
                {
                    throw new FormatException("bad record");
                }
            }));
        Assert.Equal("bad record", ex.Message);
    }
}
