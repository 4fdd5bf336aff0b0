using Microsoft.ML.Data;
using System.Diagnostics;
using System.Globalization;
using Anonymizer.Ml.Ner;
using Anonymizer.Ml.Training;
using Microsoft.ML;

// Trains the token classifier of Anonymizer.Ml from the corpora in data/ner plus synthetic formal text, prints the
// evaluation table, and writes the compact model file. See docs/ml.md.
var o = new Options();
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--out": o.Out = Next(); break;
        case "--report": o.Report = Next(); break;
        case "--data": o.Data = Next(); break;
        case "--trainer": o.Trainer = Next(); break;
        case "--bits": o.Bits = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--seed": o.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--iterations": o.Iterations = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--l1": o.L1 = float.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--l2": o.L2 = float.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--synthetic": o.SyntheticTrain = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--compare": o.Compare = true; break;
        case "--compare-trainers": o.Compare = true; o.CompareTrainers = Next().Split(','); break;
        case "--debug": o.Debug = true; break;
        case "--probe":
            {
                using var stream = File.OpenRead(Next());
                var recognizer = Anonymizer.Ml.MlRecognizers.Load(stream);
                while (Console.ReadLine() is { } line)
                {
                    var sink = new Anonymizer.Analysis.MatchSink();
                    recognizer.Analyze(line, sink);
                    Console.WriteLine(line + "\n   " + string.Join(" | ", sink.ToArray().Select(m => $"{m.EntityType} '{line.Substring(m.Start, m.Length)}' {m.Score:0.00}")));
                }

                return 0;
            }
        case "--bench":
            Bench.Run(Next(), Next(), 10);
            return 0;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}");
            Console.Error.WriteLine("usage: --out FILE [--report FILE] [--data DIR] [--trainer lbfgs|sdca] [--bits 18] [--seed 42] [--iterations 100] [--l1 0.5] [--l2 0.5] [--synthetic 8000] [--compare]");
            return 2;
    }
}

var watch = Stopwatch.StartNew();
void Log(string message) => Console.Error.WriteLine($"[{watch.Elapsed:mm\\:ss}] {message}");

if (!Directory.Exists(o.Data))
{
    // Run from elsewhere than the repository root: look for data/ner above the tool's output folder.
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (Directory.Exists(Path.Combine(dir.FullName, "data", "ner")))
        {
            o.Data = Path.Combine(dir.FullName, "data", "ner");
            break;
        }
    }
}

var btc = Path.Combine(o.Data, "btc");
var wnut = Path.Combine(o.Data, "wnut17");
var train = new List<Sentence>();
train.AddRange(Conll.Read(Path.Combine(btc, "btc.train"), tagNrp: true));
train.AddRange(Conll.Read(Path.Combine(wnut, "wnut17train.conll"), tagNrp: true));
train.AddRange(Synthetic.Generate(Synthetic.TrainTemplates, o.SyntheticTrain, o.Seed));
var dev = new List<Sentence>();
dev.AddRange(Conll.Read(Path.Combine(btc, "btc.dev"), tagNrp: true));
dev.AddRange(Conll.Read(Path.Combine(wnut, "emerging.dev.conll"), tagNrp: true));
dev.AddRange(Synthetic.Generate(Synthetic.TrainTemplates, 1000, o.Seed + 1));
var tests = new List<(string Name, List<Sentence> Sentences)>
{
    ("BTC test", Conll.Read(Path.Combine(btc, "btc.test"))),
    ("WNUT-17 test", Conll.Read(Path.Combine(wnut, "emerging.test.annotated"))),
    ("Synthetic held-out", Synthetic.Generate(Synthetic.HeldOutTemplates, o.SyntheticTest, o.Seed + 2)),
};
Log($"train {train.Count} sentences / {train.Sum(s => s.Count)} tokens; dev {dev.Count}; tests {string.Join(", ", tests.Select(t => $"{t.Name} {t.Sentences.Count}"))}");

var gazetteer = Lexicon.BuildGazetteer();
Log($"gazetteer {gazetteer.Count} words");
var ml = new MLContext(seed: o.Seed);
var rows = Training.Featurize(train, gazetteer, o.Bits);
var data = Training.ToDataView(ml, rows, o.Bits);
Log($"featurized {rows.Count} tokens");

if (o.Debug)
{
    var m = Training.TrainLinear(ml, data, o.Trainer, o.Bits, gazetteer, o, out _, out var transformer);
    var sample = rows.Take(20).ToList();
    var scored = transformer.Transform(Training.ToDataView(ml, sample, o.Bits));
    var scores = scored.GetColumn<float[]>("Score").ToArray();
    var s0 = train[0];
    var tokens = Training.Describe(s0, gazetteer);
    var probs = new float[tokens.Length * 9];
    var labs = new byte[tokens.Length];
    m.Decode(tokens, probs, new byte[tokens.Length * 9], labs);
    for (var t = 0; t < Math.Min(tokens.Length, 8); t++)
    {
        Console.WriteLine($"{s0.Word(t)} gold {s0.Labels[t]} mine {string.Join(",", Enumerable.Range(0, 9).Select(label => NerModel.Probability(probs.AsSpan(t * 9, 9), label).ToString("0.00")))} mlnet {string.Join(",", scores[t].Select(v => v.ToString("0.00")))}");
    }
    return 0;
}

if (o.Compare)
{
    Console.WriteLine("| trainer | dev macro token F1 (PER, LOC, ORG) | training time |");
    Console.WriteLine("|---|---:|---:|");
    foreach (var trainer in o.CompareTrainers.Where(t => t != "lightgbm"))
    {
        var candidate = Training.TrainLinear(ml, data, trainer, o.Bits, gazetteer, o, out var time, out _);
        var gold = dev.SelectMany(s => s.Labels).ToArray();
        var predicted = dev.SelectMany(s => Evaluation.Predict(candidate, s)).ToArray();
        Console.WriteLine(FormattableString.Invariant($"| {trainer} | {Evaluation.MacroTokenF1(gold, predicted):0.000} | {time.TotalSeconds:0} s |"));
    }

    if (!o.CompareTrainers.Contains("lightgbm"))
    {
        return 0;
    }

    var devRows = Training.Featurize(dev, gazetteer, o.Bits);
    var (lgbm, lgbmTime) = Training.TryLightGbm(ml, data, devRows, o.Bits, o.Seed);
    Console.WriteLine(FormattableString.Invariant($"| lightgbm (no BIO decoding) | {lgbm:0.000} | {lgbmTime.TotalSeconds:0} s |"));
    return 0;
}

var model = Training.TrainLinear(ml, data, o.Trainer, o.Bits, gazetteer, o, out var elapsed, out _);
Log($"trained {o.Trainer} in {elapsed.TotalSeconds:0} s");
var results = new List<(string, Counts, Counts)>();
foreach (var (name, sentences) in tests)
{
    var (token, entity) = Evaluation.Evaluate(model, sentences);
    results.Add((name, token, entity));
}

var table = Evaluation.Table(results);
Console.WriteLine(model.Description);
Console.WriteLine();
Console.WriteLine(table);
if (o.Report is not null)
{
    File.WriteAllText(o.Report, model.Description + "\n\n" + table);
}

if (o.Out is not null)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(o.Out))!);
    using (var file = File.Create(o.Out))
    {
        model.Save(file);
    }

    Log($"wrote {o.Out} ({new FileInfo(o.Out).Length / 1024} KiB)");
}

return 0;
