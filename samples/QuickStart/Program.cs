// QuickStart: the README's three lines, then the detections behind them.
using Anonymizer;

var engine = new AnonymizerBuilder().Build();
var result = engine.Anonymize("Contact jane.doe@example.com or 212-555-0187.");
Console.WriteLine(result.Text);   // Contact <EMAIL_ADDRESS> or <PHONE_NUMBER>.

// The detections alone, for review before anything is rewritten (offsets are UTF-16, end exclusive).
const string Text = "Card 4111 1111 1111 1111 paid from 192.168.12.7 on 2024-03-14.";
Console.WriteLine();
Console.WriteLine(Text);
foreach (var match in engine.Analyze(Text))
{
    Console.WriteLine($"  {match.EntityType,-12} [{match.Start},{match.End}) score {match.Score:0.00} by {match.Recognizer}: {match.Explanation}");
}
