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
        Description = "Input (and output) format: text (one record per line), jsonl, csv or parquet. Default: from the file extension after removing .gz/.zst (.jsonl, .ndjson, .json: jsonl; .csv: csv; .parquet: parquet; otherwise text); text for '-'.",
    };

    public Option<bool> AllStringFields { get; } = new("--all-string-fields")
    {
        Description = "JSONL: scan every string field (nested ones included) instead of the --text-field list.",
    };

    public Option<string?> Delimiter { get; } = new("--delimiter")
    {
        Description = "CSV: the field separator, one character ('tab' or '\\t' for a tab). Default ','.",
    };

    public Option<string?> Compression { get; } = new("--compression")
    {
        Description = "Compression of standard input and output when INPUT or --output is '-': none, gz or zst. Files use their extension (.gz, .zst).",
    };

    public Option<long?> MaxRecordBytes { get; } = new("--max-record-bytes")
    {
        Description = "Size limit of one record in bytes; a longer record is quarantined. Default 67108864 (64 MiB).",
    };

    public Option<string?> Columns { get; } = new("--columns")
    {
        Description = "JSON file with a \"columns\" object: per column or field, scan, entity (with \"entity\": TYPE), drop or keep. See docs/cli.md.",
    };

    public Option<bool> Whole { get; } = new("--whole")
    {
        Description = "Text: treat the whole input as one document (processed in overlapping chunks with bounded memory) instead of one record per line.",
    };

    public Option<string> Ml { get; } = new("--ml")
    {
        Description = "The ML recognizer of names, places, organisations and nationalities (PERSON, LOCATION, ORGANIZATION, NRP): on (the default) or off.",
        DefaultValueFactory = _ => "on",
    };

    public Option<string> MlMarkup { get; } = new("--ml-markup")
    {
        Description = "Whether the ML recognizer reads HTML markup (tags, declarations, the content of style and script elements) and lines of base64 data: skip (the default; the text between tags, comments and text attributes such as alt and title are read) or read (every character as prose).",
        DefaultValueFactory = _ => "skip",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress display on standard error.",
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
        foreach (var option in new Option[] { Format, TextFields, AllStringFields, Delimiter, Compression, MaxRecordBytes, Columns, Whole, Entities, Countries, MinScore, PhoneRegions, Ml, MlMarkup, Threads, Output, Quiet })
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

        var delimiter = ParseDelimiter(result.GetValue(Delimiter));
        Tabular.Compression? compression = result.GetValue(Compression) is { } compressionName
            ? compressionName.ToLowerInvariant() switch
            {
                "none" => Tabular.Compression.None,
                "gz" or "gzip" => Tabular.Compression.Gzip,
                "zst" or "zstd" => Tabular.Compression.Zstd,
                _ => throw new UsageException($"--compression: unknown compression '{compressionName}' (expected none, gz or zst)"),
            }
            : null;
        var maxRecordBytes = result.GetValue(MaxRecordBytes) ?? Tabular.Pipeline.LineReader.DefaultMaxRecordBytes;
        if (maxRecordBytes < 1)
        {
            throw new UsageException($"--max-record-bytes: {maxRecordBytes} is not a positive number of bytes");
        }

        var whole = result.GetValue(Whole);
        if (whole && format != Tabular.RecordFormat.Text)
        {
            throw new UsageException("--whole: only the text format can be read as one document");
        }

        var allStrings = result.GetValue(AllStringFields);
        if (allStrings && result.GetValue(TextFields) is { Length: > 0 })
        {
            throw new UsageException("--all-string-fields: cannot be combined with --text-field");
        }

        var columns = ReadColumns(result.GetValue(Columns), "--columns");
        return new CommonSettings(
            input,
            format,
            paths,
            SplitList(result.GetValue(Entities)),
            SplitList(result.GetValue(Countries)),
            minScore,
            SplitList(result.GetValue(PhoneRegions)),
            threads,
            result.GetValue(Output) ?? "-")
        {
            AllStringFields = allStrings,
            Delimiter = delimiter,
            Compression = compression,
            MaxRecordBytes = maxRecordBytes,
            Columns = columns,
            Whole = whole,
            Quiet = result.GetValue(Quiet),
            UseMl = ReadMl(result),
            MlReadsMarkup = ReadMlMarkup(result),
        };
    }

    private bool ReadMl(ParseResult result) => result.GetValue(Ml)?.ToLowerInvariant() switch
    {
        "on" => true,
        "off" => false,
        var other => throw new UsageException($"--ml: expected on or off (got '{other}')"),
    };

    private bool ReadMlMarkup(ParseResult result)
    {
        var reads = result.GetValue(MlMarkup)?.ToLowerInvariant() switch
        {
            "skip" => false,
            "read" => true,
            var other => throw new UsageException($"--ml-markup: expected skip or read (got '{other}')"),
        };

        // Given with the ML recognizer off, the option would change nothing: say so rather than ignore it.
        if (result.GetResult(MlMarkup) is { Implicit: false } && !ReadMl(result))
        {
            throw new UsageException("--ml-markup: applies to the ML recognizer, which --ml off turns off");
        }

        return reads;
    }

    private static char ParseDelimiter(string? value) => value switch
    {
        null => ',',
        "tab" or "\\t" or "\t" => '\t',
        { Length: 1 } when value[0] is not ('"' or '\r' or '\n') && value[0] < 128 => value[0],
        _ => throw new UsageException($"--delimiter: expected one ASCII character other than a quote or line break, or 'tab' (got '{value}')"),
    };

    /// <summary>
    /// The "columns" section of a JSON file (a policy file, or a file with only that section); none when the file has
    /// no such section and <paramref name="required"/> is false.
    /// </summary>
    internal static Tabular.ColumnPolicies ReadColumns(string? path, string option, bool required = true)
    {
        if (path is null)
        {
            return Tabular.ColumnPolicies.None;
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{option}: file not found: {path}");
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object || !document.RootElement.TryGetProperty("columns", out var section))
            {
                return required
                    ? throw new UsageException($"{option}: {path}: $: expected an object with a \"columns\" member")
                    : Tabular.ColumnPolicies.None;
            }

            return Tabular.ColumnPolicies.Parse(section);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new UsageException($"{option}: {path}: not valid JSON (line {ex.LineNumber + 1})");
        }
        catch (FormatException ex)
        {
            throw new UsageException($"{option}: {path}: {ex.Message}");
        }
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
    public bool AllStringFields { get; init; }

    public char Delimiter { get; init; } = ',';

    public Tabular.Compression? Compression { get; init; }

    public long MaxRecordBytes { get; init; } = Tabular.Pipeline.LineReader.DefaultMaxRecordBytes;

    public Tabular.ColumnPolicies Columns { get; init; } = Tabular.ColumnPolicies.None;

    public bool Whole { get; init; }

    public bool Quiet { get; init; }

    /// <summary>Whether the ML recognizer (Anonymizer.Ml) runs.</summary>
    public bool UseMl { get; init; } = true;

    /// <summary>Whether the ML recognizer reads markup and lines of encoded data as prose (<see cref="Ml.MlRecognizerOptions.SkipMarkup"/> and <see cref="Ml.MlRecognizerOptions.SkipEncodedLines"/> off).</summary>
    public bool MlReadsMarkup { get; init; }

    /// <summary>
    /// The JSONL fields read from each record: the --text-field paths plus the fields that --columns gives a scan or
    /// entity policy.
    /// </summary>
    public IReadOnlyList<Tabular.FieldPath> ScannedFields
    {
        get
        {
            var fields = new List<Tabular.FieldPath>(TextFields);
            foreach (var (name, policy) in Columns.ByName)
            {
                if (policy.Mode is Tabular.ColumnMode.Scan or Tabular.ColumnMode.Entity && !fields.Exists(f => f.Text == name))
                {
                    try
                    {
                        fields.Add(Tabular.FieldPath.Parse(name));
                    }
                    catch (ArgumentException ex)
                    {
                        throw new UsageException($"--columns: {ex.Message}");
                    }
                }
            }

            return fields;
        }
    }

    /// <summary>The record format settings for the Tabular readers and writers.</summary>
    public Tabular.Formats.RecordFormatOptions FormatOptions => new()
    {
        Format = Format,
        TextFields = ScannedFields,
        AllStringFields = AllStringFields,
        Delimiter = Delimiter,
        MaxRecordBytes = MaxRecordBytes,
        DroppedColumns = Columns.Dropped,
    };

    /// <summary>The display name of the input in messages.</summary>
    public string InputName => Input == "-" ? "<stdin>" : Input;
}
