using System.CommandLine;
using System.Globalization;

namespace Anonymizer.Cli.Commands;

/// <summary>The options shared by the commands that read records and analyze them.</summary>
internal sealed class CommonOptions
{
    public Argument<string> Input { get; } = new("INPUT")
    {
        Description = "Input file, or '-' for standard input.",
    };

    public Option<string?> Format { get; } = new("--format")
    {
        Description = "Input format: text (one record per line) or jsonl. Default: from the file extension (.jsonl, .ndjson, .json: jsonl; otherwise text).",
    };

    public Option<string[]> TextFields { get; } = new("--text-field")
    {
        Description = "JSONL: a field to scan (dotted paths like meta.author allowed). May be given several times. Default: text.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Entities { get; } = new("--entities")
    {
        Description = "Comma-separated entity types to detect, or 'all'. Naming a type enables its recognizer even where it is off by default. Default: the recognizers that are on by default.",
    };

    public Option<string?> Countries { get; } = new("--countries")
    {
        Description = "Comma-separated country codes (e.g. DE,IN) whose identifier recognizers are enabled in addition to the defaults.",
    };

    public Option<double?> MinScore { get; } = new("--min-score")
    {
        Description = "Lowest score reported, in [0, 1]. Default 0.",
    };

    public Option<string?> PhoneRegions { get; } = new("--phone-regions")
    {
        Description = "Comma-separated ISO 3166 regions whose phone formats are recognized (UK means GB). Default: US,UK,DE,FR,IL,IN,CA,BR.",
    };

    public Option<int?> Threads { get; } = new("--threads")
    {
        Description = "Worker threads. Default: the number of cores.",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "Output file, or '-' for standard output (the default). A file is written under a temporary name and renamed when complete.",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Input);
        foreach (var option in new Option[] { Format, TextFields, Entities, Countries, MinScore, PhoneRegions, Threads, Output })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads and checks the option values; throws <see cref="UsageException"/> naming the bad option.</summary>
    public CommonSettings Read(ParseResult result)
    {
        var input = result.GetValue(Input) ?? "-";
        if (input != "-" && !File.Exists(input))
        {
            throw new UsageException($"INPUT: file not found: {input}");
        }

        var formatName = result.GetValue(Format);
        Tabular.RecordFormat format;
        if (formatName is null)
        {
            format = input == "-" ? Tabular.RecordFormat.Text : Tabular.RecordFormats.FromPath(input);
        }
        else
        {
            format = Tabular.RecordFormats.Parse(formatName)
                ?? throw new UsageException($"--format: unknown format '{formatName}' (expected one of: {string.Join(", ", Tabular.RecordFormats.Names)})");
        }

        var fields = result.GetValue(TextFields) is { Length: > 0 } given ? given : ["text"];
        var paths = new List<Tabular.FieldPath>();
        foreach (var field in fields)
        {
            try
            {
                paths.Add(Tabular.FieldPath.Parse(field));
            }
            catch (ArgumentException ex)
            {
                throw new UsageException($"--text-field: {ex.Message}");
            }
        }

        var minScore = result.GetValue(MinScore);
        if (minScore is { } score && (score < 0 || score > 1 || double.IsNaN(score)))
        {
            throw new UsageException($"--min-score: {score.ToString(CultureInfo.InvariantCulture)} is not in [0, 1]");
        }

        var threads = result.GetValue(Threads) ?? Environment.ProcessorCount;
        if (threads < 1 || threads > 1024)
        {
            throw new UsageException($"--threads: {threads} is not between 1 and 1024");
        }

        return new CommonSettings(
            input,
            format,
            paths,
            SplitList(result.GetValue(Entities)),
            SplitList(result.GetValue(Countries)),
            minScore,
            SplitList(result.GetValue(PhoneRegions)),
            threads,
            result.GetValue(Output) ?? "-");
    }

    private static string[]? SplitList(string? value) =>
        value is null ? null : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The checked values of <see cref="CommonOptions"/>.</summary>
internal sealed record CommonSettings(
    string Input,
    Tabular.RecordFormat Format,
    IReadOnlyList<Tabular.FieldPath> TextFields,
    string[]? Entities,
    string[]? Countries,
    double? MinScore,
    string[]? PhoneRegions,
    int Threads,
    string Output)
{
    /// <summary>The display name of the input in messages.</summary>
    public string InputName => Input == "-" ? "<stdin>" : Input;
}
