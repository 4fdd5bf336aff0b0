using System.CommandLine;
using Anonymizer.Cli;
using Anonymizer.Cli.Commands;

var root = new RootCommand("anonymize: find personal data in text, JSONL, CSV and Parquet corpora and rewrite it before it goes into an AI training corpus.")
{
    DetectCommand.Create(),
    RunCommand.Create(),
    DecryptCommand.Create(),
    InspectCommand.Create(),
};

return CommandLineHost.Invoke(root, args, Console.Error);
