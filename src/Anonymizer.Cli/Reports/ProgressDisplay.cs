using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Anonymizer.Cli.Reports;

/// <summary>
/// Shows the progress of a run on standard error: a live Spectre.Console progress bar (records/s, MB/s, ETA when the
/// input size is known) on a terminal, a plain line every few seconds otherwise, nothing with --quiet.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread? _thread;

    private ProgressDisplay(Func<(long Records, long Bytes)> sample, long? totalBytes, bool terminal)
    {
        _thread = new Thread(() =>
        {
            try
            {
                if (terminal)
                {
                    Live(sample, totalBytes);
                }
                else
                {
                    Plain(sample, totalBytes);
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException)
            {
                // Progress is best effort; it never fails a run.
            }
        })
        { IsBackground = true, Name = "anonymize progress" };
        _thread.Start();
    }

    public static IDisposable Start(Func<(long Records, long Bytes)> sample, long? totalBytes, bool quiet)
    {
        if (quiet)
        {
            return new ProgressDisplayNone();
        }

        return new ProgressDisplay(sample, totalBytes, !Console.IsErrorRedirected);
    }

    private void Live(Func<(long Records, long Bytes)> sample, long? totalBytes)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var clock = Stopwatch.StartNew();
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("starting", maxValue: totalBytes is > 0 ? totalBytes.Value : 1);
                task.IsIndeterminate = totalBytes is not > 0;
                while (!_stop.IsCancellationRequested)
                {
                    var (records, bytes) = sample();
                    var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{records:N0} records  {records / seconds:N0}/s  {bytes / 1e6 / seconds:0.0} MB/s");
                    if (totalBytes is > 0)
                    {
                        task.Value = Math.Min(bytes, totalBytes.Value);
                    }

                    context.Refresh();
                    _stop.Token.WaitHandle.WaitOne(250);
                }
            });
    }

    private void Plain(Func<(long Records, long Bytes)> sample, long? totalBytes)
    {
        var clock = Stopwatch.StartNew();
        var every = double.TryParse(Environment.GetEnvironmentVariable("ANONYMIZE_PROGRESS_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 10;
        while (!_stop.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(every)))
        {
            var (records, bytes) = sample();
            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
            var line = string.Create(CultureInfo.InvariantCulture, $"anonymize: {records} records, {bytes / 1e6:0.0} MB, {records / seconds:0} records/s, {bytes / 1e6 / seconds:0.0} MB/s");
            if (totalBytes is > 0 && bytes > 0)
            {
                var remaining = (totalBytes.Value - bytes) / (bytes / seconds);
                line += string.Create(CultureInfo.InvariantCulture, $", {100.0 * bytes / totalBytes.Value:0}%, ETA {TimeSpan.FromSeconds(Math.Max(0, remaining)):hh\\:mm\\:ss}");
            }

            Console.Error.WriteLine(line);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread?.Join(TimeSpan.FromSeconds(2));
        _stop.Dispose();
    }

    private sealed class ProgressDisplayNone : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
