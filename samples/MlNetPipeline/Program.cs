// MlNetPipeline: a small ML.NET training pipeline (spam or not, on synthetic messages) that anonymizes the text column
// inline, before featurization, so neither the model nor its vocabulary ever holds an e-mail address, phone number
// or card number. Prints the anonymized preview and the trained model's metrics.
//
//   dotnet run --project samples/MlNetPipeline
using Anonymizer;
using Anonymizer.MlNet;
using Microsoft.ML;

var ml = new MLContext(seed: 7);
var data = ml.Data.LoadFromEnumerable(SyntheticMessages.Create(64));
var split = ml.Data.TrainTestSplit(data, testFraction: 0.25, seed: 7);

// Every built-in recognizer; each entity becomes its tag, so "<EMAIL_ADDRESS>" is one token the model can use.
var engine = new AnonymizerBuilder().Build();
var pipeline = ml.Transforms.AnonymizeText("Text", engine: engine)       // in place: "Text" is anonymized
    .Append(ml.Transforms.Text.FeaturizeText("Features", "Text"))
    .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(labelColumnName: "IsSpam", featureColumnName: "Features"));

var model = pipeline.Fit(split.TrainSet);

Console.WriteLine("anonymized training text (first 6 rows):");
var anonymized = ml.Transforms.AnonymizeText("Text", engine: engine).Fit(split.TrainSet).Transform(split.TrainSet);
foreach (var row in ml.Data.CreateEnumerable<Message>(anonymized, reuseRowObject: false).Take(6))
{
    Console.WriteLine($"  [{(row.IsSpam ? "spam" : "ham ")}] {row.Text}");
}

var metrics = ml.BinaryClassification.Evaluate(model.Transform(split.TestSet), labelColumnName: "IsSpam");
Console.WriteLine();
Console.WriteLine($"test rows: {ml.Data.CreateEnumerable<Message>(split.TestSet, reuseRowObject: false).Count()}");
Console.WriteLine($"accuracy: {metrics.Accuracy:0.00}  AUC: {metrics.AreaUnderRocCurve:0.00}  F1: {metrics.F1Score:0.00}");

// Scoring goes through the same pipeline: the prediction engine anonymizes its input too.
var predictor = ml.Model.CreatePredictionEngine<Message, Prediction>(model);
var sample = new Message { Text = "WIN a free cruise! Send your card 4111 1111 1111 1111 to claim@prizes.example.com" };
var prediction = predictor.Predict(sample);
Console.WriteLine();
Console.WriteLine($"scored: {prediction.Text}");
Console.WriteLine($"        spam: {prediction.PredictedLabel} (p = {prediction.Probability:0.00})");

/// <summary>One message: its text and whether it is spam.</summary>
public sealed class Message
{
    public string Text { get; set; } = string.Empty;

    public bool IsSpam { get; set; }
}

/// <summary>What the model adds to a message.</summary>
public sealed class Prediction
{
    public string Text { get; set; } = string.Empty;

    public bool PredictedLabel { get; set; }

    public float Probability { get; set; }
}

/// <summary>Synthetic messages: spam offers and ordinary notes, each carrying personal data.</summary>
internal static class SyntheticMessages
{
    private static readonly string[] Spam =
    [
        "Congratulations, you won a free prize! Claim it now at {email} with card {card}",
        "URGENT: your account wins cash, reply to {email} or call {phone} today",
        "Cheap loans approved instantly, send card {card} to {email}",
        "Free gift card offer ends tonight, call {phone} to claim your reward",
    ];

    private static readonly string[] Ham =
    [
        "Hi, the meeting moved to Thursday, call me on {phone} if that does not work",
        "Thanks for the invoice, I paid it with card {card}. Regards",
        "Can you send the project notes to {email} before lunch?",
        "Dinner at seven? My new number is {phone}",
    ];

    private static readonly string[] Emails = ["jane.doe@example.com", "bob.smith@example.org", "lee.wong@mail.example.net", "prizes@win.example.com"];
    private static readonly string[] Phones = ["(212) 555-0187", "+1 303-555-0124", "(646) 555-0142"];
    private static readonly string[] Cards = ["4111 1111 1111 1111", "5500 0000 0000 0004", "3400 0000 0000 009"];

    public static List<Message> Create(int count)
    {
        var messages = new List<Message>(count);
        for (var i = 0; i < count; i++)
        {
            var spam = i % 2 == 0;
            var template = (spam ? Spam : Ham)[i / 2 % 4];
            var text = template
                .Replace("{email}", Emails[i % Emails.Length], StringComparison.Ordinal)
                .Replace("{phone}", Phones[i % Phones.Length], StringComparison.Ordinal)
                .Replace("{card}", Cards[i % Cards.Length], StringComparison.Ordinal);
            messages.Add(new Message { Text = text, IsSpam = spam });
        }

        return messages;
    }
}
