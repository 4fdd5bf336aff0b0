using System.Text;
using Anonymizer.Tests.Security;
using BenchmarkDotNet.Attributes;

namespace Anonymizer.Benchmarks;

/// <summary>
/// Hostile inputs against ordinary mail text of the same size (10 M characters, one text each), through the engine
/// (analysis and rewrite, default recognizers and policy), one thread. The ratio column shows how much slower each is
/// than mail: the issue asks for throughput within 10× of ordinary text. The inputs are the generators of
/// tests/Anonymizer.Tests/Security/AdversarialInputs.cs (the tests check linearity on 256 K and 1 M characters).
/// </summary>
[MemoryDiagnoser]
public class AdversarialBenchmarks
{
    private const int Size = 10_000_000;
    private readonly AnonymizationEngine _engine = new AnonymizerBuilder().Build();
    private string _mail = "";
    private string _mailSingleLine50 = "";
    private readonly Dictionary<string, string> _inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        _mail = Repeat(string.Join("\n", Corpus.Texts), Size);
        _mailSingleLine50 = Repeat(string.Join(" ", Corpus.Texts).ReplaceLineEndings(" "), 5 * Size);
        foreach (var name in AdversarialInputs.Names)
        {
            _inputs[name] = AdversarialInputs.Build(name, Size);
        }
    }

    [Benchmark(Baseline = true, Description = "mail text 10 MB")]
    public int Mail() => _engine.Anonymize(_mail).Matches.Count;

    [Benchmark(Description = "digits 10 MB")]
    public int Digits() => Run("digits");

    [Benchmark(Description = "a@a. 10 MB")]
    public int AtDot() => Run("a@a.");

    [Benchmark(Description = "no white space 10 MB")]
    public int NoWhitespace() => Run("no-whitespace");

    [Benchmark(Description = "alternating scripts 10 MB")]
    public int AlternatingScripts() => Run("alternating-scripts");

    [Benchmark(Description = "lone surrogates 10 MB")]
    public int LoneSurrogates() => Run("lone-surrogates");

    [Benchmark(Description = "NUL bytes 10 MB")]
    public int NulBytes() => Run("nul-bytes");

    [Benchmark(Description = "mail, one 50 MB line")]
    public int MailSingleLine50() => _engine.Anonymize(_mailSingleLine50).Matches.Count;

    private int Run(string name) => _engine.Anonymize(_inputs[name]).Matches.Count;

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        builder.Length = length;
        return builder.ToString();
    }
}
