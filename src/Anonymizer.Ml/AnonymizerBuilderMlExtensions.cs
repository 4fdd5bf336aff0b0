using Anonymizer.Analysis;

namespace Anonymizer.Ml;

/// <summary>Registers the ML recognizers with an <see cref="AnonymizerBuilder"/>.</summary>
public static class AnonymizerBuilderMlExtensions
{
    /// <summary>
    /// Adds the embedded token classifier (<see cref="MlRecognizers.CreateDefault()"/>), which reports PERSON, LOCATION,
    /// ORGANIZATION and NRP.
    /// </summary>
    public static AnonymizerBuilder AddMlRecognizer(this AnonymizerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddRecognizer(MlRecognizers.CreateDefault());
    }

    /// <summary>Adds the embedded token classifier with the given settings (<see cref="MlRecognizers.CreateDefault(MlRecognizerOptions)"/>).</summary>
    public static AnonymizerBuilder AddMlRecognizer(this AnonymizerBuilder builder, MlRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.AddRecognizer(MlRecognizers.CreateDefault(options));
    }

    /// <summary>Adds an ML recognizer of your choice, e.g. an <see cref="Onnx.OnnxTokenClassifierRecognizer"/>.</summary>
    public static AnonymizerBuilder AddMlRecognizer(this AnonymizerBuilder builder, Recognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(recognizer);
        return builder.AddRecognizer(recognizer);
    }
}
