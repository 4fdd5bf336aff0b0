using Anonymizer.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Anonymizer.MlNet.Tests;

public sealed class AnonymizeTextTests
{
    private static readonly AnonymizationEngine Engine = new AnonymizerBuilder().Build();

    private static readonly string[] RawValues =
    [
        "jane.doe@example.com", "bob.smith@example.org", "carol@mail.example.net",
        "4111 1111 1111 1111", "5500 0000 0000 0004",
        "+1 212-555-0147", "(415) 555-0199",
    ];

    public sealed class Message
    {
        public string Text { get; set; } = string.Empty;

        public string Subject { get; set; } = string.Empty;

        public bool Label { get; set; }

        public float Length { get; set; }
    }

    public sealed class Scored
    {
        public string Text { get; set; } = string.Empty;

        public bool PredictedLabel { get; set; }
    }

    /// <summary>Synthetic support messages: label true = complaint about a payment, false = a greeting or question.</summary>
    private static List<Message> Messages()
    {
        string[] complaints =
        [
            "I was charged twice on card {card}, refund to {email} please",
            "Payment failed again, card {card}. Call me at {phone}",
            "Wrong amount billed to {card}, angry, write to {email}",
            "Refund still missing, phone {phone}, card {card}",
        ];
        string[] questions =
        [
            "Hello team, thanks for the quick delivery, regards {email}",
            "What are your opening hours on Sunday? Reach me at {phone}",
            "Great service, I will recommend you. Contact {email}",
            "Do you ship to Canada? My number is {phone}",
        ];
        var rows = new List<Message>();
        for (var i = 0; i < 48; i++)
        {
            var complaint = i % 2 == 0;
            var template = (complaint ? complaints : questions)[i / 2 % 4];
            var text = template
                .Replace("{card}", RawValues[3 + i % 2], StringComparison.Ordinal)
                .Replace("{email}", RawValues[i % 3], StringComparison.Ordinal)
                .Replace("{phone}", RawValues[5 + i % 2], StringComparison.Ordinal);
            rows.Add(new Message { Text = text, Subject = $"Ticket {i} from {RawValues[i % 3]}", Label = complaint, Length = text.Length });
        }

        return rows;
    }

    private static List<string> ReadText(IDataView view, string column)
    {
        var values = new List<string>();
        using var cursor = view.GetRowCursor([view.Schema[column]]);
        var getter = cursor.GetGetter<ReadOnlyMemory<char>>(view.Schema[column]);
        var value = default(ReadOnlyMemory<char>);
        while (cursor.MoveNext())
        {
            getter(ref value);
            values.Add(value.ToString());
        }

        return values;
    }

    private static void AssertNoRawValue(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var raw in RawValues)
            {
                Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_real_training_pipeline_anonymizes_inline_and_trains()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Messages());
        var pipeline = ml.Transforms.AnonymizeText("Text", engine: Engine)
            .Append(ml.Transforms.Text.FeaturizeText("Features", "Text"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(labelColumnName: "Label", featureColumnName: "Features"));

        var model = pipeline.Fit(data);
        var scored = model.Transform(data);

        var texts = ReadText(scored, "Text");
        Assert.Equal(48, texts.Count);
        AssertNoRawValue(texts);
        Assert.Contains(texts, t => t.Contains("<EMAIL_ADDRESS>", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("<CREDIT_CARD>", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("<PHONE_NUMBER>", StringComparison.Ordinal));
        Assert.Equal("I was charged twice on card <CREDIT_CARD>, refund to <EMAIL_ADDRESS> please", texts[0]);

        // The original column is hidden, not gone; the label and the trainer's outputs are there.
        Assert.True(scored.Schema.GetColumnOrNull("PredictedLabel").HasValue);
        var metrics = ml.BinaryClassification.Evaluate(scored, labelColumnName: "Label");
        Assert.True(metrics.Accuracy > 0.9, $"accuracy {metrics.Accuracy}");
    }

    [Fact]
    public void The_features_depend_on_no_raw_value()
    {
        // Featurizing the anonymized column: no n-gram of a raw e-mail's local part exists in the vocabulary.
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Messages());
        var model = ml.Transforms.AnonymizeText("Text", engine: Engine)
            .Append(ml.Transforms.Text.NormalizeText("Normalized", "Text"))
            .Append(ml.Transforms.Text.TokenizeIntoWords("Words", "Normalized"))
            .Append(ml.Transforms.Conversion.MapValueToKey("Keys", "Words"))
            .Fit(data);
        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(data.Schema)["Keys"].GetKeyValues(ref slotNames);
        var vocabulary = slotNames.DenseValues().Select(v => v.ToString()).ToList();
        Assert.Contains("<email_address>", vocabulary);
        Assert.DoesNotContain(vocabulary, w => w.Contains("jane", StringComparison.Ordinal) || w.Contains("4111", StringComparison.Ordinal) || w.Contains("555", StringComparison.Ordinal));
        Assert.Contains("refund", vocabulary);
    }

    [Fact]
    public void Non_pii_text_survives_unchanged()
    {
        var ml = new MLContext();
        var rows = new[]
        {
            new Message { Text = "Thanks for the quick delivery, see you next week." },
            new Message { Text = string.Empty },
            new Message { Text = "Order 12 arrived; contact jane.doe@example.com for the invoice." },
        };
        var data = ml.Data.LoadFromEnumerable(rows);
        var texts = ReadText(ml.Transforms.AnonymizeText("Text", engine: Engine).Fit(data).Transform(data), "Text");
        Assert.Equal(["Thanks for the quick delivery, see you next week.", string.Empty, "Order 12 arrived; contact <EMAIL_ADDRESS> for the invoice."], texts);
    }

    [Fact]
    public void An_output_column_of_its_own_keeps_the_input()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Messages());
        var view = ml.Transforms.AnonymizeText("Clean", "Text", Engine).Fit(data).Transform(data);
        Assert.Equal(Messages().Select(m => m.Text), ReadText(view, "Text"));
        AssertNoRawValue(ReadText(view, "Clean"));
        Assert.IsType<TextDataViewType>(view.Schema["Clean"].Type);
    }

    [Fact]
    public void Several_columns_are_anonymized_at_once()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Messages());
        var view = ml.Transforms.AnonymizeText(Engine, "Text", "Subject").Fit(data).Transform(data);
        AssertNoRawValue(ReadText(view, "Text"));
        var subjects = ReadText(view, "Subject");
        AssertNoRawValue(subjects);
        Assert.Equal("Ticket 0 from <EMAIL_ADDRESS>", subjects[0]);

        var pairs = ml.Transforms.AnonymizeText([new InputOutputColumnPair("CleanText", "Text"), new InputOutputColumnPair("Subject")], Engine);
        var both = pairs.Fit(data).Transform(data);
        AssertNoRawValue(ReadText(both, "CleanText"));
        AssertNoRawValue(ReadText(both, "Subject"));
        Assert.Equal(Messages().Select(m => m.Text), ReadText(both, "Text"));
    }

    [Fact]
    public void A_missing_column_is_named_in_a_clear_error()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Messages());
        var estimator = ml.Transforms.AnonymizeText("Body", engine: Engine);

        var fit = Assert.Throws<ArgumentOutOfRangeException>(() => estimator.Fit(data));
        Assert.Contains("input column 'Body' is not in the data", fit.Message, StringComparison.Ordinal);
        Assert.Contains("Text", fit.Message, StringComparison.Ordinal);

        var shape = Assert.Throws<ArgumentOutOfRangeException>(() => estimator.GetOutputSchema(SchemaShapeOf(ml, data)));
        Assert.Contains("'Body'", shape.Message, StringComparison.Ordinal);

        // A transformer fitted on one schema checks the next data it is given.
        var transformer = ml.Transforms.AnonymizeText("Subject", engine: Engine).Fit(data);
        var other = ml.Data.LoadFromEnumerable(new[] { new Scored { Text = "x" } });
        var transform = Assert.Throws<ArgumentOutOfRangeException>(() => transformer.Transform(other));
        Assert.Contains("'Subject'", transform.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Label", "Boolean")]
    [InlineData("Length", "Single")]
    public void A_non_text_column_is_refused_with_its_type(string column, string type)
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Messages());
        var estimator = ml.Transforms.AnonymizeText(column, engine: Engine);
        var fit = Assert.Throws<ArgumentOutOfRangeException>(() => estimator.Fit(data));
        Assert.Contains($"input column '{column}' is of type {type}, not text", fit.Message, StringComparison.Ordinal);
        var shape = Assert.Throws<ArgumentOutOfRangeException>(() => estimator.GetOutputSchema(SchemaShapeOf(ml, data)));
        Assert.Contains("not text", shape.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vector_of_text_is_refused()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Messages());
        var words = ml.Transforms.Text.TokenizeIntoWords("Words", "Text").Fit(data).Transform(data);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ml.Transforms.AnonymizeText("Words", engine: Engine).Fit(words));
        Assert.Contains("'Words' is of type Vector<String>, not text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_column_lists_are_refused()
    {
        var ml = new MLContext();
        Assert.Throws<ArgumentException>(() => ml.Transforms.AnonymizeText([], Engine));
        Assert.Throws<ArgumentException>(() => ml.Transforms.AnonymizeText([new InputOutputColumnPair("A", "X"), new InputOutputColumnPair("A", "Y")], Engine));
        Assert.Throws<ArgumentException>(() => ml.Transforms.AnonymizeText(" ", engine: Engine));
    }

    [Fact]
    public void The_schema_shape_propagates_through_a_pipeline()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Messages());
        var pipeline = ml.Transforms.AnonymizeText("Clean", "Text", Engine)
            .Append(ml.Transforms.Text.FeaturizeText("Features", "Clean"));
        var shape = pipeline.GetOutputSchema(SchemaShapeOf(ml, data));
        var clean = shape.Single(c => c.Name == "Clean");
        Assert.Equal(SchemaShape.Column.VectorKind.Scalar, clean.Kind);
        Assert.IsType<TextDataViewType>(clean.ItemType);
        Assert.Contains(shape, c => c.Name == "Features");
        Assert.Contains(shape, c => c.Name == "Text");

        var fitted = ml.Transforms.AnonymizeText("Clean", "Text", Engine).Fit(data);
        var schema = fitted.GetOutputSchema(data.Schema);
        Assert.Equal(data.Schema.Count + 1, schema.Count);
        Assert.IsType<TextDataViewType>(schema["Clean"].Type);
    }

    [Fact]
    public void Preview_and_cursors_agree()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Messages());
        var view = ml.Transforms.AnonymizeText("Text", engine: Engine).Fit(data).Transform(data);

        var preview = view.Preview(maxRows: 100);
        var textIndex = Array.FindIndex(preview.Schema.ToArray(), c => c.Name == "Text" && !c.IsHidden);
        var fromPreview = preview.RowView.Select(r => r.Values[textIndex].Value.ToString()!).ToList();
        var fromCursor = ReadText(view, "Text");
        var fromColumn = view.GetColumn<string>("Text").ToList();
        var fromEnumerable = ml.Data.CreateEnumerable<Message>(view, reuseRowObject: false).Select(m => m.Text).ToList();

        Assert.Equal(48, fromCursor.Count);
        Assert.Equal(fromCursor, fromPreview);
        Assert.Equal(fromCursor, fromColumn);
        Assert.Equal(fromCursor, fromEnumerable);
        AssertNoRawValue(fromPreview);
    }

    [Fact]
    public void Parallel_cursors_give_the_same_rows_as_one_cursor()
    {
        var ml = new MLContext();
        var data = ml.Data.Cache(ml.Data.LoadFromEnumerable(Messages()));
        var view = ml.Transforms.AnonymizeText("Clean", "Text", Engine).Fit(data).Transform(data);
        var expected = ReadText(view, "Clean");

        // A cursor set, drained on as many threads as it has cursors.
        var columns = new[] { view.Schema["Clean"] };
        var cursors = view.GetRowCursorSet(columns, 4);
        var bags = new List<string>[cursors.Length];
        Parallel.For(0, cursors.Length, i =>
        {
            bags[i] = [];
            using var cursor = cursors[i];
            var getter = cursor.GetGetter<ReadOnlyMemory<char>>(view.Schema["Clean"]);
            var value = default(ReadOnlyMemory<char>);
            while (cursor.MoveNext())
            {
                getter(ref value);
                bags[i].Add(value.ToString());
            }
        });
        Assert.Equal(expected.Order(StringComparer.Ordinal), bags.SelectMany(b => b).Order(StringComparer.Ordinal));

        // Separate cursors read concurrently agree with each other.
        var results = new List<string>[8];
        Parallel.For(0, results.Length, i => results[i] = ReadText(view, "Clean"));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Transform_is_lazy_and_each_cell_is_anonymized_once_per_read()
    {
        var counting = new CountingRecognizer();
        var engine = new AnonymizerBuilder().WithoutBuiltInRecognizers().AddRecognizer(counting).Build();
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Messages());
        var view = ml.Transforms.AnonymizeText("Clean", "Text", engine).Fit(data).Transform(data);
        Assert.Equal(0, counting.Calls);

        // Reading other columns only does not analyze anything.
        _ = view.GetColumn<bool>("Label").ToList();
        Assert.Equal(0, counting.Calls);

        // Calling a getter twice on one row analyzes once.
        using (var cursor = view.GetRowCursor([view.Schema["Clean"]]))
        {
            var getter = cursor.GetGetter<ReadOnlyMemory<char>>(view.Schema["Clean"]);
            var value = default(ReadOnlyMemory<char>);
            Assert.True(cursor.MoveNext());
            getter(ref value);
            getter(ref value);
            Assert.Equal(1, counting.Calls);
            Assert.Equal("I was charged twice on card <DIGITS>, refund to jane.doe@example.com please", value.ToString());
        }

        Assert.Equal(48, ReadText(view, "Clean").Count);
        Assert.Equal(49, counting.Calls);
    }

    [Fact]
    public void A_prediction_engine_anonymizes_each_input()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Messages());
        var model = ml.Transforms.AnonymizeText("Text", engine: Engine)
            .Append(ml.Transforms.Text.FeaturizeText("Features", "Text"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(labelColumnName: "Label", featureColumnName: "Features"))
            .Fit(data);
        var engine = ml.Model.CreatePredictionEngine<Message, Scored>(model);

        var first = engine.Predict(new Message { Text = "Refund my card 4111 1111 1111 1111 now, mail jane.doe@example.com" });
        Assert.Equal("Refund my card <CREDIT_CARD> now, mail <EMAIL_ADDRESS>", first.Text);
        var second = engine.Predict(new Message { Text = "Hello, call (415) 555-0199 about the delivery" });
        Assert.Equal("Hello, call <PHONE_NUMBER> about the delivery", second.Text);
    }

    [Fact]
    public void Saving_the_model_is_refused_with_a_clear_message()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Messages());
        var model = ml.Transforms.AnonymizeText("Text", engine: Engine).Fit(data);
        using var stream = new MemoryStream();
        var error = Assert.Throws<NotSupportedException>(() => ml.Model.Save(model, data.Schema, stream));
        Assert.Contains("AnonymizeText cannot be saved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_engine_is_used_when_none_is_given()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Messages());
        var estimator = ml.Transforms.AnonymizeText("Text");
        Assert.NotNull(estimator.Engine);
        Assert.Equal("Text", Assert.Single(estimator.Columns).InputColumnName);
        AssertNoRawValue(ReadText(estimator.Fit(data).Transform(data), "Text"));
    }

    private static SchemaShape SchemaShapeOf(MLContext ml, IDataView data)
    {
        // SchemaShape.Create(DataViewSchema) is internal to ML.NET; it is what ML.NET's own pipelines call.
        _ = ml;
        var create = typeof(SchemaShape).GetMethod("Create", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic, [typeof(DataViewSchema)])!;
        return (SchemaShape)create.Invoke(null, [data.Schema])!;
    }

    /// <summary>Reports every run of digits as DIGITS and counts its calls.</summary>
    private sealed class CountingRecognizer() : Recognizer("CountingRecognizer", ["DIGITS"])
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
        {
            Interlocked.Increment(ref _calls);
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsAsciiDigit(text[i]))
                {
                    var start = i;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }

                    sink.Add(new PiiMatch("DIGITS", start, i - start, 1.0, "CountingRecognizer", new MatchExplanation("digits", ValidationOutcome.Undecided, 1.0)));
                }
            }
        }
    }
}
