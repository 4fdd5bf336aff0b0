using Anonymizer.Analysis;
using Anonymizer.Ml.Onnx;
using Anonymizer.Ml.Tests.Markup;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests.Onnx;

public sealed class OnnxTokenClassifierRecognizerTests : IDisposable
{
    private static readonly string[] Vocabulary =
    [
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
        "john", "smith", "lives", "in", "paris", "works", "at", "acme", "##corp", ".", "and", "mary", "jo", "##nes", ",", "new", "york",
    ];

    private static readonly string[] Labels = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];

    // The label each vocabulary entry's embedding points to.
    private static readonly Dictionary<string, int> Target = new()
    {
        ["john"] = 1, ["smith"] = 2, ["mary"] = 1, ["jo"] = 2, ["##nes"] = 2,
        ["paris"] = 3, ["new"] = 3, ["york"] = 4, ["acme"] = 5, ["##corp"] = 6,
    };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "anonymizer-onnx-" + Guid.NewGuid().ToString("N"));

    public OnnxTokenClassifierRecognizerTests()
    {
        Directory.CreateDirectory(_directory);
        var hidden = Labels.Length;
        var embedding = new float[Vocabulary.Length, hidden];
        for (var v = 0; v < Vocabulary.Length; v++)
        {
            embedding[v, Target.GetValueOrDefault(Vocabulary[v], 0)] = 4f;
        }

        var projection = new float[hidden, Labels.Length];
        for (var i = 0; i < hidden; i++)
        {
            projection[i, i] = 1f;
        }

        File.WriteAllBytes(ModelPath, TinyOnnxModel.Build(embedding, projection));
        File.WriteAllLines(VocabPath, Vocabulary);
        File.WriteAllText(LabelsPath, """{"id2label": {"0": "O", "1": "B-PER", "2": "I-PER", "3": "B-LOC", "4": "I-LOC", "5": "B-ORG", "6": "I-ORG"}}""");
    }

    private string ModelPath => Path.Combine(_directory, "model.onnx");

    private string VocabPath => Path.Combine(_directory, "vocab.txt");

    private string LabelsPath => Path.Combine(_directory, "config.json");

    // Recognizers the markup tests share (a session each, not one per test or generated case).
    private OnnxTokenClassifierRecognizer? _sharedSkipping;
    private OnnxTokenClassifierRecognizer? _sharedReading;

    private OnnxTokenClassifierRecognizer SharedSkipping => _sharedSkipping ??= Create();

    private OnnxTokenClassifierRecognizer SharedReading => _sharedReading ??= Create(skipMarkup: false, skipEncodedLines: false);

    public void Dispose()
    {
        _sharedSkipping?.Dispose();
        _sharedReading?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private OnnxTokenClassifierRecognizer Create(int maxSequenceLength = 512, int stride = 128, bool skipMarkup = true, bool skipEncodedLines = true) => new(new OnnxTokenClassifierOptions
    {
        SkipMarkup = skipMarkup,
        SkipEncodedLines = skipEncodedLines,
        ModelPath = ModelPath,
        VocabularyPath = VocabPath,
        Labels = OnnxTokenClassifierOptions.ReadLabels(LabelsPath),
        LowerCase = true,
        MaxSequenceLength = maxSequenceLength,
        Stride = stride,
    });

    private static List<(string Type, string Text, double Score)> Run(Recognizer recognizer, string text)
    {
        var sink = new MatchSink();
        recognizer.Analyze(text, sink);
        var result = new List<(string, string, double)>();
        foreach (var m in sink.Matches)
        {
            result.Add((m.EntityType, text.Substring(m.Start, m.Length), m.Score));
        }

        return result;
    }

    // What a recognizer finds in a text, as (type, text) pairs in order.
    private static (string Type, string Text)[] Found(Recognizer recognizer, string text) =>
        Run(recognizer, text).Select(f => (f.Type, f.Text)).ToArray();

    [Fact]
    public void Reads_the_label_map_from_config_json()
    {
        Assert.Equal(Labels, OnnxTokenClassifierOptions.ReadLabels(LabelsPath));
    }

    [Fact]
    public void Finds_entities_with_the_model_it_loaded()
    {
        using var recognizer = Create();
        Assert.Equal(["LOCATION", "ORGANIZATION", "PERSON"], recognizer.SupportedEntities);
        var found = Run(recognizer, "John Smith lives in Paris and works at AcmeCorp.");
        Assert.Equal(
            [("PERSON", "John Smith"), ("LOCATION", "Paris"), ("ORGANIZATION", "AcmeCorp")],
            found.Select(f => (f.Type, f.Text)).ToArray());
        Assert.All(found, f => Assert.InRange(f.Score, 0.9, 1.0));
    }

    [Fact]
    public void Aligns_subwords_to_whole_words_and_unknown_words_stay_outside()
    {
        using var recognizer = Create();
        var found = Run(recognizer, "  Mary   Jones, from zzz New York.");
        Assert.Equal([("PERSON", "Mary   Jones"), ("LOCATION", "New York")], found.Select(f => (f.Type, f.Text)).ToArray());
    }

    [Fact]
    public void Sliding_windows_give_the_same_result_as_one_window()
    {
        var text = string.Join(" ", Enumerable.Repeat("John Smith lives in New York and works at AcmeCorp.", 20));
        using var whole = Create();
        using var windowed = Create(maxSequenceLength: 9, stride: 3);
        var expected = Run(whole, text);
        Assert.Equal(60, expected.Count);
        Assert.Equal(expected.Select(e => (e.Type, e.Text)), Run(windowed, text).Select(e => (e.Type, e.Text)));
    }

    [Fact]
    public void Plugs_into_the_analyzer()
    {
        using var recognizer = Create();
        var analyzer = new AnonymizerBuilder().WithoutBuiltInRecognizers().AddMlRecognizer(recognizer).BuildAnalyzer();
        var engine = new AnonymizerBuilder().WithoutBuiltInRecognizers().AddMlRecognizer(recognizer).Build();
        Assert.NotNull(analyzer);
        Assert.Equal("<PERSON> lives in <LOCATION>.", engine.Anonymize("John Smith lives in Paris.").Text);
    }

    // A line of the base64 alphabet that spells names when read as words: each of its 8 "John" and 8 "Smith" is one.
    private static readonly string EncodedNames = string.Concat(Enumerable.Repeat("John+Smith/", 8));

    private static readonly string[] VocabularyWords = ["John", "Smith", "Mary", "Jones", "Paris", "New", "York", "AcmeCorp", "lives", "in", "and", ".", ","];

    [Fact]
    public void Markup_is_not_handed_to_the_model_unless_asked()
    {
        const string text = "<font face=\"Paris\">John Smith</font> lives in <b>Paris</b>.";
        Assert.Equal([("PERSON", "John Smith"), ("LOCATION", "Paris")], Found(SharedSkipping, text));
        Assert.Equal(
            [("LOCATION", "Paris"), ("PERSON", "John Smith"), ("LOCATION", "Paris")],
            Found(SharedReading, text));
        var sink = new MatchSink();
        SharedSkipping.Analyze(text, sink);
        Assert.Equal(text.LastIndexOf("Paris", StringComparison.Ordinal), sink.Matches[1].Start);
    }

    [Fact]
    public void Markup_and_encoded_lines_are_skipped_by_default()
    {
        using var recognizer = new OnnxTokenClassifierRecognizer(new OnnxTokenClassifierOptions
        {
            ModelPath = ModelPath,
            VocabularyPath = VocabPath,
            Labels = Labels,
            LowerCase = true,
        });
        Assert.Equal(
            [("LOCATION", "Paris")],
            Found(recognizer, $"<font face=\"John\">\n{EncodedNames}\n</font>Paris"));
    }

    [Fact]
    public void Text_attributes_are_read_and_no_entity_runs_over_a_tag()
    {
        using var recognizer = Create();
        Assert.Equal([("PERSON", "Mary Jones")], Found(recognizer, "<img src=\"a.png\" alt=\"Mary Jones\">"));

        // Read as one text, "John" and "Smith" would be one name running over the tags between them.
        Assert.Equal(
            [("PERSON", "John"), ("PERSON", "Smith")],
            Found(recognizer, "<i>John</i><i>Smith</i>"));
    }

    [Fact]
    public void Each_setting_works_on_its_own()
    {
        var text = $"<font face=\"Paris\">Mary Jones</font>\n{EncodedNames}\n";
        using var markupOnly = Create(skipEncodedLines: false);
        using var encodedOnly = Create(skipMarkup: false);
        Assert.True(markupOnly.SkipsMarkup && !markupOnly.SkipsEncodedLines);
        Assert.True(!encodedOnly.SkipsMarkup && encodedOnly.SkipsEncodedLines);

        // Markup skipped, the encoded line read: its 8 "John" and 8 "Smith" are found, the font name is not.
        var found = Run(markupOnly, text);
        Assert.Equal((0, 1 + 16), (found.Count(f => f.Type == "LOCATION"), found.Count(f => f.Type == "PERSON")));

        // The encoded line skipped, markup read: the font name is found, the line's words are not.
        Assert.Equal([("LOCATION", "Paris"), ("PERSON", "Mary Jones")], Found(encodedOnly, text));
    }

    [Fact]
    public void A_split_by_a_tag_carries_over_white_space_to_the_next_word()
    {
        // The white space between "</b>" and "&nbsp;" is a segment without words; the tag before it still parts the names.
        using var recognizer = Create();
        Assert.Equal(
            [("PERSON", "John"), ("PERSON", "Smith")],
            Found(recognizer, "<b>John</b> &nbsp;Smith"));
    }

    [Fact]
    public void Words_joined_by_a_character_reference_can_be_one_entity()
    {
        const string text = "John&nbsp;Smith lives in New&#160;York.";
        Assert.Equal([("PERSON", "John&nbsp;Smith"), ("LOCATION", "New&#160;York")], Found(SharedSkipping, text));
        Assert.Equal(
            [("PERSON", "John"), ("PERSON", "Smith"), ("LOCATION", "New"), ("LOCATION", "York")],
            Found(SharedReading, text));
    }

    [Fact]
    public void Lines_of_encoded_data_are_not_handed_to_the_model_unless_asked()
    {
        var text = $"Mary Jones wrote:\n{EncodedNames}\nParis";
        Assert.Equal([("PERSON", "Mary Jones"), ("LOCATION", "Paris")], Found(SharedSkipping, text));
        Assert.Equal(1 + 16, Run(SharedReading, text).Count(f => f.Type == "PERSON"));
    }

    [Property(MaxTest = 100)]
    public Property Text_without_markup_is_read_the_same_whether_markup_is_skipped_or_not() =>
        Prop.ForAll(
            Gen.ListOf(Gen.OneOf(Gen.Elements(ProseSegmentsTests.NotMarkup), Gen.Elements(VocabularyWords), Gen.Constant("\n")))
                .Select(parts => string.Join(" ", parts)).ToArbitrary(),
            text =>
            {
                var skippedWords = OnnxTokenClassifierRecognizer.SplitWords(text, skipMarkup: true, skipEncodedLines: true);
                var readWords = OnnxTokenClassifierRecognizer.SplitWords(text, skipMarkup: false, skipEncodedLines: false);
                return skippedWords.SequenceEqual(readWords) && Run(SharedSkipping, text).SequenceEqual(Run(SharedReading, text));
            });

    [Property(MaxTest = 200)]
    public Property Every_match_lies_within_prose_joined_by_character_references_only() =>
        Prop.ForAll(
            Gen.ListOf(Gen.OneOf(Gen.Elements(ProseSegmentsTests.Pieces), Gen.Elements(VocabularyWords), Gen.Elements(NamesInMarkup), Gen.Constant(" John Smith "), Gen.Constant(" in New York ")))
                .Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var runs = ProseSegmentsTests.Runs(text, skipEncodedLines: true);
                var sink = new MatchSink();
                SharedSkipping.Analyze(text, sink);
                return sink.Matches.ToArray().All(m => runs.Exists(r => r.Start <= m.Start && m.End <= r.End));
            });

    // Names the model finds when it reads them, in markup it skips (a line of encoded data among them).
    private static readonly string[] NamesInMarkup =
    [
        "<font face=\"John\">", "<script>Paris</script>", "<style>New York</style>", "<span class=\"Smith\">",
        "\n" + string.Concat(Enumerable.Repeat("Mary+Jones/", 8)) + "\n",
    ];
}
