using System.Globalization;
using System.Text;
using Anonymizer.Ml.Ner;

namespace Anonymizer.Ml.Training;

/// <summary>Per-type counts of true positives, false positives and false negatives.</summary>
internal sealed class Counts
{
    public readonly int[] Tp = new int[4], Fp = new int[4], Fn = new int[4];

    public (double P, double R, double F1) Score(int type)
    {
        var p = Tp[type] + Fp[type] == 0 ? 0 : (double)Tp[type] / (Tp[type] + Fp[type]);
        var r = Tp[type] + Fn[type] == 0 ? 0 : (double)Tp[type] / (Tp[type] + Fn[type]);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public int Support(int type) => Tp[type] + Fn[type];
}

internal static class Evaluation
{
    public static (Counts Token, Counts Entity) Evaluate(NerModel model, IReadOnlyList<Sentence> sentences)
    {
        var token = new Counts();
        var entity = new Counts();
        foreach (var s in sentences)
        {
            var predicted = Predict(model, s);
            AddTokens(token, s.Labels, predicted);
            AddEntities(entity, s.Labels, predicted);
        }

        return (token, entity);
    }

    public static byte[] Predict(NerModel model, Sentence s)
    {
        var tokens = Training.Describe(s, model.Gazetteer);
        var labels = new byte[s.Count];
        model.Decode(tokens, new float[s.Count * NerLabels.Count], new byte[s.Count * NerLabels.Count], labels);
        return labels;
    }

    public static void AddTokens(Counts c, byte[] gold, byte[] predicted)
    {
        for (var i = 0; i < gold.Length; i++)
        {
            var g = NerLabels.TypeOf(gold[i]);
            var p = NerLabels.TypeOf(predicted[i]);
            if (g == p)
            {
                if (g >= 0)
                {
                    c.Tp[g]++;
                }

                continue;
            }

            if (g >= 0)
            {
                c.Fn[g]++;
            }

            if (p >= 0)
            {
                c.Fp[p]++;
            }
        }
    }

    public static void AddEntities(Counts c, byte[] gold, byte[] predicted)
    {
        var g = Spans(gold);
        var p = Spans(predicted);
        foreach (var span in p)
        {
            if (g.Contains(span))
            {
                c.Tp[span.Type]++;
            }
            else
            {
                c.Fp[span.Type]++;
            }
        }

        foreach (var span in g)
        {
            if (!p.Contains(span))
            {
                c.Fn[span.Type]++;
            }
        }
    }

    public static HashSet<(int Type, int Start, int End)> Spans(byte[] labels)
    {
        var spans = new HashSet<(int, int, int)>();
        var i = 0;
        while (i < labels.Length)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type < 0)
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < labels.Length && labels[j] == NerLabels.Inside(type))
            {
                j++;
            }

            spans.Add((type, i, j));
            i = j;
        }

        return spans;
    }

    public static double MacroTokenF1(byte[] gold, byte[] predicted)
    {
        var c = new Counts();
        AddTokens(c, gold, predicted);
        return (c.Score(0).F1 + c.Score(1).F1 + c.Score(2).F1) / 3;
    }

    public static string Table(IReadOnlyList<(string Name, Counts Token, Counts Entity)> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| split | entity | token P | token R | token F1 | entity P | entity R | entity F1 | gold entities |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, token, entity) in results)
        {
            for (var t = 0; t < 4; t++)
            {
                if (entity.Support(t) == 0)
                {
                    continue;
                }

                var (tp, tr, tf) = token.Score(t);
                var (ep, er, ef) = entity.Score(t);
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {name} | {NerLabels.EntityTypes[t]} | {tp:0.000} | {tr:0.000} | {tf:0.000} | {ep:0.000} | {er:0.000} | {ef:0.000} | {entity.Support(t)} |");
            }
        }

        return sb.ToString();
    }
}
