// CustomRecognizer: a recognizer and a strategy of your own, next to the built-in ones.
using Anonymizer;
using Samples.CustomRecognizer;

var engine = new AnonymizerBuilder()
    .AddRecognizer(new EmployeeIdRecognizer())                           // your own recognizer class
    .AddDenyList("PROJECT", ["Bluebird", "Nightjar"])                   // a word list
    .AddPattern("TICKET", @"\bINC-\d{5}\b", score: 0.6)                  // an ad-hoc regular expression
    .WithStrategy(EmployeeIdRecognizer.EntityType, new KeepDepartmentStrategy())  // your own strategy
    .Build();

const string Text = "EMP-HR-004711 (jane.doe@example.com) opened INC-20481 about project Bluebird.";
var result = engine.Anonymize(Text);
Console.WriteLine(Text);
Console.WriteLine(result.Text);   // EMP-HR-****** (<EMAIL_ADDRESS>) opened <TICKET> about project <PROJECT>.
foreach (var replacement in result.Replacements)
{
    Console.WriteLine($"  {replacement.EntityType,-13} -> {replacement.Strategy}");
}
