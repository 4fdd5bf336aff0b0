using System.Diagnostics;
using Anonymizer.Ml.Ner;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace Anonymizer.Ml.Training;

internal sealed class Row
{
    public uint Label { get; set; }

    public VBuffer<float> Features { get; set; }
}

/// <summary>Turns sentences into ML.NET rows (hashed sparse features), trains, and exports the weights.</summary>
internal static class Training
{
    public static List<Row> Featurize(IEnumerable<Sentence> sentences, Gazetteer gazetteer, int bits)
    {
        var rows = new List<Row>();
        var mask = (1 << bits) - 1;
        var features = new int[NerFeatures.MaxFeatures];
        foreach (var s in sentences)
        {
            var tokens = Describe(s, gazetteer);
            for (var i = 0; i < tokens.Length; i++)
            {
                var count = NerFeatures.Extract(tokens, i, mask, features);
                Array.Sort(features, 0, count);
                var indices = new List<int>(count);
                var values = new List<float>(count);
                for (var k = 0; k < count; k++)
                {
                    if (indices.Count > 0 && indices[^1] == features[k])
                    {
                        values[^1] += 1f;
                    }
                    else
                    {
                        indices.Add(features[k]);
                        values.Add(1f);
                    }
                }

                rows.Add(new Row
                {
                    Label = s.Labels[i],
                    Features = new VBuffer<float>(1 << bits, indices.Count, [.. values], [.. indices]),
                });
            }
        }

        return rows;
    }

    public static NerToken[] Describe(Sentence s, Gazetteer gazetteer)
    {
        var tokens = new NerToken[s.Count];
        for (var i = 0; i < s.Count; i++)
        {
            tokens[i] = NerFeatures.Describe(s.Text, s.Starts[i], s.Lengths[i], s.SentenceStarts[i], gazetteer);
        }

        return tokens;
    }

    public static IDataView ToDataView(MLContext ml, List<Row> rows, int bits)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), NerLabels.Count);
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, 1 << bits);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    public static NerModel TrainLinear(MLContext ml, IDataView data, string trainer, int bits, Gazetteer gazetteer, Options o, out TimeSpan elapsed, out ITransformer transformer)
    {
        var watch = Stopwatch.StartNew();
        MaximumEntropyModelParameters parameters;
        if (trainer == "sdca")
        {
            var model = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                NumberOfThreads = 1,
                MaximumNumberOfIterations = o.Iterations,
                // SDCA's own regularization defaults (chosen from the data); the L-BFGS penalties mean something else here.
                L2Regularization = o.SdcaL2,
                L1Regularization = o.SdcaL1,
            }).Fit(data);
            parameters = model.Model;
            transformer = model;
        }
        else
        {
            var model = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                NumberOfThreads = 1,
                MaximumNumberOfIterations = o.Iterations,
                L2Regularization = o.L2,
                L1Regularization = o.L1,
                OptimizationTolerance = 1e-6f,
                HistorySize = 20,
            }).Fit(data);
            parameters = model.Model;
            transformer = model;
        }

        elapsed = watch.Elapsed;
        VBuffer<float>[] weights = null!;
        parameters.GetWeights(ref weights, out var classes);
        if (classes != NerLabels.Count)
        {
            throw new InvalidOperationException($"Expected {NerLabels.Count} classes, got {classes}.");
        }

        var buckets = 1 << bits;
        var flat = new float[buckets * classes];
        for (var c = 0; c < classes; c++)
        {
            foreach (var (bucket, value) in weights[c].Items())
            {
                flat[(bucket * classes) + c] = (float)(Half)value; // as stored in the model file
            }
        }

        var bias = parameters.GetBiases().ToArray();
        var description = $"{trainer} (Microsoft.ML 5.0.1), 2^{bits} buckets, L1 {o.L1}, L2 {o.L2}, seed {o.Seed}; BTC + WNUT-17 + synthetic ({o.SyntheticTrain} sentences)";
        return new NerModel(bits, flat, bias, gazetteer, description);
    }

    /// <summary>LightGbm for comparison only: its trees cannot be exported to the hashed linear format.</summary>
    public static (double MacroTokenF1, TimeSpan Elapsed) TryLightGbm(MLContext ml, IDataView train, List<Row> devRows, int bits, int seed)
    {
        var watch = Stopwatch.StartNew();
        var model = ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            NumberOfThreads = 1,
            NumberOfIterations = 50,
            NumberOfLeaves = 31,
            Seed = seed,
        }).Fit(train);
        var elapsed = watch.Elapsed;
        var scores = model.Transform(ToDataView(ml, devRows, bits)).GetColumn<float[]>("Score").ToArray();
        var gold = devRows.Select(r => (byte)r.Label).ToArray();
        var pred = scores.Select(p => (byte)Array.IndexOf(p, p.Max())).ToArray();
        return (Evaluation.MacroTokenF1(gold, pred), elapsed);
    }
}

internal sealed class Options
{
    public string? Out { get; set; }
    public string? Report { get; set; }
    public string Data { get; set; } = "data/ner";
    public string Trainer { get; set; } = "lbfgs";
    public int Bits { get; set; } = 18;
    public int Seed { get; set; } = 42;
    public int Iterations { get; set; } = 100;
    public float L1 { get; set; } = 0.5f;
    public float L2 { get; set; } = 0.5f;
    public int SyntheticTrain { get; set; } = 8000;
    public int SyntheticTest { get; set; } = 2000;
    public bool Compare { get; set; }
    public float? SdcaL1 { get; set; }
    public string[] CompareTrainers { get; set; } = ["lbfgs", "sdca", "lightgbm"];
    public float? SdcaL2 { get; set; }
    public bool Debug { get; set; }
}
