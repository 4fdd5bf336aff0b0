using System.Diagnostics;
using System.Text;

namespace Anonymizer.Cli.Tests.Security;

/// <summary>
/// Killing <c>anonymize run</c> mid-way leaves nothing under the final output name; the temporary file it leaves
/// behind (<c>.NAME.GUID.partial</c>) holds anonymized output only, never a raw input value; a rerun writes the full
/// output, identical to an uninterrupted run.
/// </summary>
public sealed class CrashSafetyTests
{
    private static readonly string[] Values = ["jane.doe@example.com", "078-05-1121", "4111 1111 1111 1111", "192.168.12.7"];

    [Fact]
    public void A_killed_run_leaves_no_final_output_and_no_plaintext_and_a_rerun_gives_the_full_identical_output()
    {
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "in.txt");
        using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
        {
            // About 4 MB: long enough to be killed mid-way on any machine, short enough for CI.
            for (var i = 0; i < 40_000; i++)
            {
                writer.Write("Record ");
                writer.Write(i);
                writer.Write(": mail jane.doe@example.com, SSN 078-05-1121, card 4111 1111 1111 1111, ip 192.168.12.7, ok.\n");
            }
        }

        var output = Path.Combine(folder.Path, "out.txt");
        using (var process = Start("run", input, "--output", output, "--threads", "1"))
        {
            var watch = Stopwatch.StartNew();
            while (!process.HasExited && PartialBytes(folder.Path) < 1 && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(10);
            }

            Assert.False(process.HasExited, "The run ended before it could be killed; make the input larger.");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.False(File.Exists(output), "A killed run left a file under the final output name.");
        var leftovers = Directory.GetFiles(folder.Path, ".out.txt.*.partial");
        foreach (var leftover in leftovers)
        {
            var text = File.ReadAllText(leftover);
            Assert.All(Values, v => Assert.DoesNotContain(v, text));
        }

        var rerun = CliRunner.Run(null, "run", input, "--output", output);
        Assert.Equal(0, rerun.ExitCode);
        var reference = Path.Combine(folder.Path, "reference.txt");
        Assert.Equal(0, CliRunner.Run(null, "run", input, "--output", reference).ExitCode);
        Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(output));
        Assert.Equal(40_000, File.ReadLines(output).Count());
        Assert.DoesNotContain("jane.doe@example.com", File.ReadLines(output).First());
    }

    private static long PartialBytes(string folder)
    {
        long total = 0;
        foreach (var file in Directory.GetFiles(folder, "*.partial"))
        {
            try
            {
                total += new FileInfo(file).Length;
            }
            catch (IOException)
            {
            }
        }

        return total;
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "anonymize.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
