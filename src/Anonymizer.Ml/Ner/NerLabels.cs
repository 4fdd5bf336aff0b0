using Anonymizer.Analysis;

namespace Anonymizer.Ml.Ner;

/// <summary>The BIO label set of the token classifier: <c>O</c>, then <c>B-</c>/<c>I-</c> for each entity type.</summary>
internal static class NerLabels
{
    /// <summary>The entity types, in label order.</summary>
    public static readonly string[] EntityTypes = [PiiEntityTypes.Person, PiiEntityTypes.Location, PiiEntityTypes.Organization, PiiEntityTypes.Nrp];

    /// <summary>Short names used in the corpora and reports.</summary>
    public static readonly string[] ShortNames = ["PER", "LOC", "ORG", "NRP"];

    /// <summary>Number of labels (<c>O</c> plus B and I per type).</summary>
    public static readonly int Count = 1 + (2 * EntityTypes.Length);

    /// <summary>The label <c>O</c>.</summary>
    public const int Outside = 0;

    /// <summary>Label index of <c>B-type</c>.</summary>
    public static int Begin(int type) => 1 + (2 * type);

    /// <summary>Label index of <c>I-type</c>.</summary>
    public static int Inside(int type) => 2 + (2 * type);

    /// <summary>Entity type index of a label, or -1 for <c>O</c>.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) >> 1;

    /// <summary>Whether the label is an <c>I-</c> label.</summary>
    public static bool IsInside(int label) => label != Outside && ((label - 1) & 1) == 1;

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> (-1: sequence start).</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous >= 0 && previous != Outside && TypeOf(previous) == TypeOf(label));

    /// <summary>The label's name, e.g. <c>B-PER</c>.</summary>
    public static string Name(int label) => label == Outside ? "O" : (IsInside(label) ? "I-" : "B-") + ShortNames[TypeOf(label)];
}
