using Anonymizer.Ml.Ner;

namespace Anonymizer.Ml;

/// <summary>Creates the ML recognizers of this package.</summary>
public static class MlRecognizers
{
    /// <summary>Name of the embedded model resource.</summary>
    internal const string ModelResource = "Anonymizer.Ml.ner.model";

    private static readonly Lazy<NerModel> DefaultModel = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The recognizer backed by the model embedded in this package (PERSON, LOCATION, ORGANIZATION, NRP). The model is
    /// loaded once per process and shared; the recognizer is thread-safe.
    /// </summary>
    public static MlEntityRecognizer CreateDefault() => new(DefaultModel.Value);

    /// <summary>A recognizer backed by a model file written by the training tool (<c>tools/Anonymizer.Ml.Training</c>).</summary>
    /// <param name="model">The model file's content.</param>
    public static MlEntityRecognizer Load(Stream model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new(NerModel.Load(model));
    }

    private static NerModel LoadEmbedded()
    {
        using var stream = typeof(MlRecognizers).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The embedded model '{ModelResource}' is missing from {typeof(MlRecognizers).Assembly.GetName().Name}.");
        return NerModel.Load(stream);
    }
}
