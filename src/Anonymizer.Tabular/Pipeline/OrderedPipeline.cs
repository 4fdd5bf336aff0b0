using System.Threading.Channels;

namespace Anonymizer.Tabular.Pipeline;

/// <summary>
/// An ordered parallel pipeline: one producer reads items into batches, <see cref="Threads"/> workers process the
/// batches, and one writer consumes the results strictly in input order. Reading and writing overlap with processing.
/// Memory is bounded: at most <see cref="Capacity"/> batches are in flight at any time, whatever the input size.
/// </summary>
/// <typeparam name="T">The item type; items are processed in place (a worker may mutate them).</typeparam>
/// <remarks>
/// The producer writes each batch to a bounded "ordered" channel (which bounds memory) and to a work channel; the
/// workers complete a batch's <see cref="TaskCompletionSource"/>; the writer awaits each batch in sequence. The first
/// exception anywhere cancels the others and is rethrown by <see cref="RunAsync"/>.
/// </remarks>
public sealed class OrderedPipeline<T>
{
    /// <summary>Creates a pipeline.</summary>
    /// <param name="threads">Number of workers (≥ 1).</param>
    /// <param name="batchSize">Items per batch (default 256).</param>
    /// <param name="capacity">Batches in flight; default 4 × <paramref name="threads"/>.</param>
    /// <param name="weight">
    /// Optional: the weight of an item (its size in bytes, say). A batch is closed when it holds
    /// <paramref name="batchSize"/> items or <paramref name="maxBatchWeight"/> of weight, whichever comes first, so large
    /// items (whole e-mails, documents) still spread over the workers instead of a few batches holding the whole input.
    /// </param>
    /// <param name="maxBatchWeight">The weight that closes a batch (default 64 KiB); used with <paramref name="weight"/>.</param>
    public OrderedPipeline(int threads, int batchSize = 256, int? capacity = null, Func<T, long>? weight = null, long maxBatchWeight = 64 * 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchWeight, 1);
        Threads = threads;
        BatchSize = batchSize;
        Capacity = Math.Max(2, capacity ?? 4 * threads);
        _weight = weight;
        MaxBatchWeight = maxBatchWeight;
    }

    private readonly Func<T, long>? _weight;

    /// <summary>The weight that closes a batch when the pipeline weighs its items.</summary>
    public long MaxBatchWeight { get; }

    /// <summary>Number of workers.</summary>
    public int Threads { get; }

    /// <summary>Items per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Maximum number of batches in flight.</summary>
    public int Capacity { get; }

    /// <summary>Runs the pipeline to the end of <paramref name="source"/>.</summary>
    /// <param name="source">The items, read on the producer task.</param>
    /// <param name="process">Processes one item on a worker thread (must be thread-safe).</param>
    /// <param name="write">Consumes one processed item, called in input order on the writer task.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task RunAsync(IEnumerable<T> source, Action<T> process, Action<T> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(write);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = cancel.Token;
        var ordered = Channel.CreateBounded<Batch>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        var work = Channel.CreateUnbounded<Batch>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = Threads == 1 });

        var producer = Task.Run(async () =>
        {
            try
            {
                long sequence = 0;
                var items = new List<T>(BatchSize);
                var batchWeight = 0L;
                foreach (var item in source)
                {
                    token.ThrowIfCancellationRequested();
                    items.Add(item);
                    batchWeight += _weight?.Invoke(item) ?? 0;
                    if (items.Count == BatchSize || batchWeight >= MaxBatchWeight)
                    {
                        await PublishAsync(new Batch(sequence++, items)).ConfigureAwait(false);
                        items = new List<T>(BatchSize);
                        batchWeight = 0;
                    }
                }

                if (items.Count > 0)
                {
                    await PublishAsync(new Batch(sequence, items)).ConfigureAwait(false);
                }

                ordered.Writer.TryComplete();
                work.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                ordered.Writer.TryComplete(ex);
                work.Writer.TryComplete(ex);
                throw;
            }
        }, token);

        async Task PublishAsync(Batch batch)
        {
            await ordered.Writer.WriteAsync(batch, token).ConfigureAwait(false);
            work.Writer.TryWrite(batch);
        }

        var workers = new Task[Threads];
        for (var w = 0; w < Threads; w++)
        {
            workers[w] = Task.Factory.StartNew(
                () =>
                {
                    var reader = work.Reader;
                    while (WaitSync(reader, token))
                    {
                        while (reader.TryRead(out var batch))
                        {
                            try
                            {
                                foreach (var item in batch.Items)
                                {
                                    token.ThrowIfCancellationRequested();
                                    process(item);
                                }

                                batch.Completion.TrySetResult();
                            }
                            catch (Exception ex)
                            {
                                batch.Completion.TrySetException(ex);
                                throw;
                            }
                        }
                    }
                },
                token,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        var writer = Task.Run(async () =>
        {
            await foreach (var batch in ordered.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                await batch.Completion.Task.WaitAsync(token).ConfigureAwait(false);
                foreach (var item in batch.Items)
                {
                    write(item);
                }
            }
        }, token);

        var all = new List<Task>(Threads + 2) { producer, writer };
        all.AddRange(workers);
        try
        {
            // The first failure cancels the rest; its exception is the one rethrown.
            while (all.Count > 0)
            {
                var done = await Task.WhenAny(all).ConfigureAwait(false);
                all.Remove(done);
                if (done.IsFaulted || done.IsCanceled)
                {
                    await cancel.CancelAsync().ConfigureAwait(false);
                    try
                    {
                        // Workers and the writer stop at once; the producer may be blocked in a read of its source
                        // (a pipe that stays open) and is not waited for: it stops at its next item.
                        all.Remove(producer);
                        await Task.WhenAll(all).ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        // The first failure is reported below.
                    }

                    _ = producer.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                    await done.ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (!cancel.IsCancellationRequested)
            {
                await cancel.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs the pipeline synchronously (see <see cref="RunAsync"/>).</summary>
    public void Run(IEnumerable<T> source, Action<T> process, Action<T> write, CancellationToken cancellationToken = default) =>
        RunAsync(source, process, write, cancellationToken).GetAwaiter().GetResult();

    private static bool WaitSync(ChannelReader<Batch> reader, CancellationToken token)
    {
        var wait = reader.WaitToReadAsync(token);
        return wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult();
    }

    private sealed class Batch(long sequence, List<T> items)
    {
        public long Sequence { get; } = sequence;

        public List<T> Items { get; } = items;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
