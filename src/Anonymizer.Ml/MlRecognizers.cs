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
    public static MlEntityRecognizer CreateDefault() => CreateDefault(MlRecognizerOptions.Default);

    /// <summary>The recognizer backed by the embedded model, with the given settings (see <see cref="CreateDefault()"/>).</summary>
    /// <param name="options">The settings, e.g. whether markup is read.</param>
    public static MlEntityRecognizer CreateDefault(MlRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(DefaultModel.Value, options);
    }

    /// <summary>A recognizer backed by a model file written by the training tool (<c>tools/Anonymizer.Ml.Training</c>).</summary>
    /// <param name="model">The model file's content.</param>
    public static MlEntityRecognizer Load(Stream model) => Load(model, MlRecognizerOptions.Default);

    /// <summary>A recognizer backed by a model file written by the training tool, with the given settings.</summary>
    /// <param name="model">The model file's content.</param>
    /// <param name="options">The settings, e.g. whether markup is read.</param>
    public static MlEntityRecognizer Load(Stream model, MlRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        return new(NerModel.Load(model), options);
    }

    private static NerModel LoadEmbedded()
    {
        using var stream = typeof(MlRecognizers).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The embedded model '{ModelResource}' is missing from {typeof(MlRecognizers).Assembly.GetName().Name}.");
        return NerModel.Load(stream);
    }
}
