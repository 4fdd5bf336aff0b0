using Anonymizer.Analysis;
using Anonymizer.Ml.Ner;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Anonymizer.Ml.Tests;

public sealed class MlEntityRecognizerTests
{
    private static readonly MlEntityRecognizer Recognizer = MlRecognizers.CreateDefault();

    private static readonly string[] Words =
    [
        "John", "Smith", "Mary", "London", "Paris", "Acme", "Corp", "Inc", "Microsoft", "German", "French", "the", "in",
        "at", "Dr.", "Mr", "lives", "works", "for", "and", ".", ",", "\n", "!", "?", "'s", "O'Brien", "Jean-Luc", "U.S.",
        "@user", "#tag", "ünïcödé", "数据", "🙂", "x", "-", "EMAIL", "2024", "   ",
    ];

    private static Arbitrary<string> MixedText() => NerTestTokens.MixedTexts(Words);

    private static List<(string Type, string Text)> Find(string text)
    {
        var sink = new MatchSink();
        Recognizer.Analyze(text, sink);
        var result = new List<(string, string)>();
        foreach (var m in sink.Matches)
        {
            result.Add((m.EntityType, text.Substring(m.Start, m.Length)));
        }

        return result;
    }

    [Fact]
    public void The_embedded_model_loads_and_reports_the_four_types()
    {
        Assert.Equal(MlEntityRecognizer.RecognizerName, Recognizer.Name);
        Assert.Equal([PiiEntityTypes.Person, PiiEntityTypes.Location, PiiEntityTypes.Organization, PiiEntityTypes.Nrp], Recognizer.SupportedEntities);
        Assert.Contains("Microsoft.ML", Recognizer.ModelDescription, StringComparison.Ordinal);
        Assert.Same(Recognizer.Model, MlRecognizers.CreateDefault().Model);
    }

    [Theory]
    [InlineData("Dear Mr. Thompson,\nThank you for your letter.", "PERSON", "Thompson")]
    [InlineData("Please send the contract to Sarah Johnson before Friday.", "PERSON", "Sarah Johnson")]
    [InlineData("Our office in Chicago will be closed next week.", "LOCATION", "Chicago")]
    [InlineData("She moved to Germany in 2019.", "LOCATION", "Germany")]
    [InlineData("The meeting with Siemens AG and the University of Oxford is on Monday.", "ORGANIZATION", "Siemens AG")]
    [InlineData("The meeting with Siemens AG and the University of Oxford is on Monday.", "ORGANIZATION", "University of Oxford")]
    [InlineData("Contact Jennifer Lopez at the Boston office of Deloitte LLP.", "ORGANIZATION", "Deloitte LLP")]
    [InlineData("Thanks, Bob", "PERSON", "Bob")]
    [InlineData("Angela Merkel visited the White House with French officials.", "PERSON", "Angela Merkel")]
    [InlineData("Angela Merkel visited the White House with French officials.", "NRP", "French")]
    [InlineData("The patient, a 45-year-old Hispanic male, was seen at Mercy Hospital in Denver, Colorado.", "NRP", "Hispanic")]
    [InlineData("The patient, a 45-year-old Hispanic male, was seen at Mercy Hospital in Denver, Colorado.", "LOCATION", "Colorado")]
    [InlineData("The applicant is a Canadian citizen.", "NRP", "Canadian")]
    public void Finds_known_entities(string text, string type, string expected)
    {
        Assert.Contains((type, expected), Find(text));
    }

    [Theory]
    [InlineData("the quick brown fox jumps over the lazy dog.")]
    [InlineData("Please find attached the invoice for last month.")]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Finds_nothing_in_text_without_entities(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void Scores_are_probabilities()
    {
        var sink = new MatchSink();
        Recognizer.Analyze("Sarah Johnson from Acme Corporation met Paul Miller in Boston.", sink);
        Assert.NotEqual(0, sink.Count);
        foreach (var m in sink.Matches)
        {
            Assert.InRange(m.Score, 0.0, 1.0);
            Assert.Equal(MlEntityRecognizer.RecognizerName, m.Recognizer);
            Assert.Equal(m.Score, m.Explanation.OriginalScore);
        }
    }

    [Fact]
    public void Decoding_always_yields_a_valid_bio_sequence()
    {
        var text = string.Join(" ", Enumerable.Range(0, 400).Select(i => Words[(i * 7919) % Words.Length]));
        var tokens = new List<NerToken>();
        var position = 0;
        var sentenceStart = true;
        while (NerTokenizer.Next(text, ref position, out var start, out var length, out var lineBreak))
        {
            tokens.Add(NerFeatures.Describe(text, start, length, sentenceStart || lineBreak, Recognizer.Model.Gazetteer));
            sentenceStart = text[start] is '.' or '!' or '?';
        }

        var n = tokens.Count;
        var labels = new byte[n];
        Recognizer.Model.Decode(tokens.ToArray(), new float[n * NerLabels.Count], new byte[n * NerLabels.Count], labels);
        for (var i = 0; i < n; i++)
        {
            Assert.True(NerLabels.Allowed(i == 0 ? -1 : labels[i - 1], labels[i]), $"invalid {NerLabels.Name(labels[i])} at {i}");
        }
    }

    [Fact]
    public void Bio_transition_rules()
    {
        var iPer = NerLabels.Inside(0);
        var bPer = NerLabels.Begin(0);
        var iLoc = NerLabels.Inside(1);
        Assert.False(NerLabels.Allowed(-1, iPer));
        Assert.False(NerLabels.Allowed(NerLabels.Outside, iPer));
        Assert.False(NerLabels.Allowed(iLoc, iPer));
        Assert.True(NerLabels.Allowed(bPer, iPer));
        Assert.True(NerLabels.Allowed(iPer, iPer));
        Assert.True(NerLabels.Allowed(iLoc, bPer));
        Assert.Equal("I-PER", NerLabels.Name(iPer));
    }

    [Fact]
    public void Parallel_calls_give_the_serial_results()
    {
        var texts = Enumerable.Range(0, 64)
            .Select(i => $"Letter {i}: Dear {Words[i % 3]} Miller, our team in {Words[3 + (i % 2)]} met people from Acme Inc and {Words[9 + (i % 2)]} partners.")
            .ToArray();
        var serial = texts.Select(t => Find(t)).ToArray();
        var parallel = new List<(string, string)>[texts.Length];
        Parallel.For(0, texts.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            var i = k % texts.Length;
            var found = Find(texts[i]);
            lock (parallel)
            {
                parallel[i] = found;
            }
        });
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(serial[i], parallel[i]);
        }
    }

    [Property(MaxTest = 100)]
    public Property A_recognizer_that_has_read_other_texts_finds_what_a_new_one_finds() =>
        Prop.ForAll(Gen.ArrayOf(MixedText().Generator).ToArbitrary(), texts =>
        {
            // Each thread's tables of a model outlive the text they were filled from: no text may see another's traces.
            foreach (var text in texts)
            {
                if (!Matches(text).SequenceEqual(MatchesOfNewTables(text)))
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void Texts_after_the_table_of_words_has_filled_and_started_afresh_are_read_as_by_a_new_recognizer()
    {
        // Three texts of 5,000 distinct words each, then a letter: the table (8,192 words) fills and starts afresh
        // twice, and the words it kept must still be those of its own model.
        var texts = Enumerable.Range(0, 3)
            .Select(t => string.Join(" ", Enumerable.Range(0, 5000).Select(i => $"Word{t}x{i}" + (i % 9 == 0 ? " Paris ." : ""))))
            .Append("Dear Sarah Johnson, the office in Chicago is run by Acme Corporation.")
            .ToArray();
        foreach (var text in texts.Concat(texts))
        {
            Assert.Equal(MatchesOfNewTables(text), Matches(text));
        }

        Assert.Contains(Matches(texts[^1]), m => m.EntityType == "PERSON");
    }

    [Fact]
    public void Recognizers_of_one_model_share_its_tables_for_a_thread()
    {
        // Tables belong to the model: a recognizer made per request must not cost a new set of tables on each thread.
        var first = MlRecognizers.CreateDefault();
        var second = MlRecognizers.CreateDefault();
        first.Analyze("Dear Sarah Johnson, the office in Chicago is run by Acme Corporation.", new MatchSink());
        var tables = first.Model.TakeThreadTables();
        first.Model.KeepThreadTables(tables);
        second.Analyze("Dear Sarah Johnson, the office in Chicago is run by Acme Corporation.", new MatchSink());
        Assert.Same(first.Model, second.Model);
        Assert.Same(tables, second.Model.TakeThreadTables());
        Assert.NotSame(tables, second.Model.TakeThreadTables());
    }

    private static List<PiiMatch> Matches(string text)
    {
        var sink = new MatchSink();
        Recognizer.Analyze(text, sink);
        return [.. sink.Matches];
    }

    private static List<PiiMatch> MatchesOfNewTables(string text)
    {
        var sink = new MatchSink();
        Recognizer.Analyze(text, sink, new NerThreadTables(Recognizer.Model));
        return [.. sink.Matches];
    }

    [Fact]
    public void Long_texts_are_decoded_in_blocks_with_the_same_entities_per_sentence()
    {
        const string sentence = "Dear Sarah Johnson, the office in Chicago is run by Acme Corporation.\n";
        var single = Find(sentence);
        var many = Find(string.Concat(Enumerable.Repeat(sentence, 500)));
        Assert.Equal(single.Count * 500, many.Count);
    }

    [Property(MaxTest = 300)]
    public Property Spans_lie_inside_the_text_do_not_overlap_and_score_in_0_1() =>
        Prop.ForAll(MixedText(), text =>
        {
            var sink = new MatchSink();
            Recognizer.Analyze(text, sink);
            var previousEnd = 0;
            foreach (var m in sink.Matches)
            {
                if (m.Start < previousEnd || m.Length <= 0 || m.End > text.Length || m.Score is < 0 or > 1 || double.IsNaN(m.Score))
                {
                    return false;
                }

                if (char.IsWhiteSpace(text[m.Start]) || char.IsWhiteSpace(text[m.End - 1]))
                {
                    return false;
                }

                previousEnd = m.End;
            }

            return true;
        });

    [Fact]
    public void Registers_with_the_builder()
    {
        var engine = new AnonymizerBuilder().WithoutBuiltInRecognizers().AddMlRecognizer().Build();
        var result = engine.Anonymize("Please send the contract to Sarah Johnson before Friday.");
        Assert.Equal("Please send the contract to <PERSON> before Friday.", result.Text);
    }
}
