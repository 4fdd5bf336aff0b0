using System.Text.Json;

namespace Anonymizer.Ml.Onnx;

/// <summary>Settings of an <see cref="OnnxTokenClassifierRecognizer"/>: the files of a BERT-style token-classification model exported to ONNX.</summary>
public sealed class OnnxTokenClassifierOptions
{
    /// <summary>Path of the ONNX model (inputs <c>input_ids</c>, <c>attention_mask</c> and optionally <c>token_type_ids</c>; output logits <c>[batch, tokens, labels]</c>).</summary>
    public required string ModelPath { get; init; }

    /// <summary>Path of the WordPiece vocabulary (<c>vocab.txt</c>, one token per line).</summary>
    public required string VocabularyPath { get; init; }

    /// <summary>
    /// The model's labels by output index, BIO style (<c>O</c>, <c>B-PER</c>, <c>I-PER</c>, ...; IOB1 and unprefixed
    /// labels also work). Read them from a file with <see cref="ReadLabels"/>.
    /// </summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>
    /// Maps a label's type (the part after <c>B-</c>/<c>I-</c>) to the entity type reported. Types missing from the map
    /// are not reported. Default: <see cref="DefaultEntityMapping"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string>? EntityMapping { get; init; }

    /// <summary>Whether to lower-case before WordPiece (true for <c>uncased</c> models). Default <see langword="false"/>.</summary>
    public bool LowerCase { get; init; }

    /// <summary>Most sub-word tokens per window, including <c>[CLS]</c> and <c>[SEP]</c>. Default 512.</summary>
    public int MaxSequenceLength { get; init; } = 512;

    /// <summary>Sub-word tokens shared by consecutive windows over a long text. Default 128.</summary>
    public int Stride { get; init; } = 128;

    /// <summary>
    /// Whether HTML markup is left unread (the default), as by the embedded classifier
    /// (<see cref="MlRecognizerOptions.SkipMarkup"/>, <c>docs/ml.md</c> "Markup"): tags of HTML elements and their
    /// attributes, declarations and the content of <c>style</c> and <c>script</c> elements are not handed to the model;
    /// the text between tags, comments and the values of text attributes (<c>alt</c>, <c>title</c>…) are. No match runs
    /// over a skipped tag (the words on either side are also read as one run of text: the model is not told that a
    /// cell or a paragraph ended there); words joined by a character reference such as <c>&amp;nbsp;</c> may be one
    /// entity. A text without markup is read the same either way. Until 2026-12-02 the recognizer read markup as prose
    /// (this setting did not exist): set it to <see langword="false"/> to read every character as it did.
    /// </summary>
    public bool SkipMarkup { get; init; } = true;

    /// <summary>
    /// Whether lines of encoded data (a line of at least 60 characters of the base64 alphabet and nothing else but its
    /// <c>=</c> padding, as in a MIME attachment) are left unread (the default), as by the embedded classifier
    /// (<see cref="MlRecognizerOptions.SkipEncodedLines"/>). A text without such lines is read the same either way.
    /// </summary>
    public bool SkipEncodedLines { get; init; } = true;

    /// <summary>The recognizer name reported with each match. Default <c>OnnxTokenClassifierRecognizer</c>.</summary>
    public string Name { get; init; } = OnnxTokenClassifierRecognizer.DefaultName;

    /// <summary>Name of the token-id input. Default <c>input_ids</c>.</summary>
    public string InputIdsName { get; init; } = "input_ids";

    /// <summary>Name of the attention-mask input. Default <c>attention_mask</c>.</summary>
    public string AttentionMaskName { get; init; } = "attention_mask";

    /// <summary>Name of the segment-id input, fed with zeros when the model has it. Default <c>token_type_ids</c>.</summary>
    public string TokenTypeIdsName { get; init; } = "token_type_ids";

    /// <summary>Name of the logits output, or <see langword="null"/> for the model's first output.</summary>
    public string? OutputName { get; init; }

    /// <summary>
    /// The usual label types of NER models mapped to Presidio's entity names: PER/PERSON → PERSON; LOC/GPE/LOCATION/FAC
    /// → LOCATION; ORG/ORGANIZATION → ORGANIZATION; NORP/NRP → NRP.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DefaultEntityMapping { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["PER"] = "PERSON",
        ["PERSON"] = "PERSON",
        ["LOC"] = "LOCATION",
        ["GPE"] = "LOCATION",
        ["FAC"] = "LOCATION",
        ["LOCATION"] = "LOCATION",
        ["ORG"] = "ORGANIZATION",
        ["ORGANIZATION"] = "ORGANIZATION",
        ["NORP"] = "NRP",
        ["NRP"] = "NRP",
    };

    /// <summary>
    /// Reads a label map: a Hugging Face <c>config.json</c> (its <c>id2label</c> object), a JSON object or array of
    /// labels, or a text file with one label per line in output order.
    /// </summary>
    public static IReadOnlyList<string> ReadLabels(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = File.ReadAllText(path);
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('{') && !trimmed.StartsWith('['))
        {
            return text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        }

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id2label", out var map))
        {
            root = map;
        }

        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().Select(e => e.GetString() ?? "O").ToArray();
        }

        var byIndex = new SortedDictionary<int, string>();
        foreach (var property in root.EnumerateObject())
        {
            if (!int.TryParse(property.Name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                throw new InvalidDataException($"{path}: label key '{property.Name}' is not an index.");
            }

            byIndex[index] = property.Value.GetString() ?? "O";
        }

        var labels = new string[byIndex.Count];
        foreach (var (index, label) in byIndex)
        {
            if (index >= labels.Length)
            {
                throw new InvalidDataException($"{path}: label indices are not 0..{labels.Length - 1}.");
            }

            labels[index] = label;
        }

        return labels;
    }
}
