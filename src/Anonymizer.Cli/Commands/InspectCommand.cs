using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Cli.Io;
using Anonymizer.Tabular;
using Anonymizer.Tabular.Pipeline;

namespace Anonymizer.Cli.Commands;

/// <summary>
/// <c>anonymize inspect</c>: samples records, infers which columns hold personal data — by the column name and by the
/// share of sampled cells in which each entity type is found (as presidio-structured does) — and writes a proposed
/// <c>"columns"</c> policy to edit. Prints names, shares and counts only, never a value.
/// </summary>
internal static partial class InspectCommand
{
    /// <summary>Share of non-empty sampled cells holding one type above which a column is that entity.</summary>
    internal const double EntityShare = 0.5;

    private static readonly (Regex Pattern, string Entity)[] NameRules =
    [
        (EmailName(), PiiEntityTypes.EmailAddress),
        (PhoneName(), PiiEntityTypes.PhoneNumber),
        (SsnName(), "US_SSN"),
        (CardName(), "CREDIT_CARD"),
        (IbanName(), "IBAN_CODE"),
        (IpName(), "IP_ADDRESS"),
        (BirthName(), "DATE_TIME"),
        (PassportName(), "US_PASSPORT"),
        (NinoName(), "UK_NINO"),
        (NhsName(), "UK_NHS"),
        (PersonName(), "PERSON"),
        (AddressName(), "LOCATION"),
    ];

    public static Command Create()
    {
        var common = new CommonOptions();
        var sample = new Option<int?>("--sample")
        {
            Description = "Number of records sampled from the start of the input. Default 1000.",
        };
        var command = new Command("inspect", "Sample the input, infer which columns or fields hold personal data (by name and by content) and write a proposed \"columns\" policy (JSON) to edit and pass to run --columns.");
        common.AddTo(command);
        command.Options.Add(sample);
        command.SetAction(result =>
        {
            var settings = common.Read(result);
            var count = result.GetValue(sample) ?? 1000;
            if (count < 1)
            {
                throw new UsageException($"--sample: {count} is not a positive number of records");
            }

            var explicitFields = result.GetValue(common.TextFields) is { Length: > 0 };
            var formatOptions = settings.FormatOptions with { AllStringFields = settings.AllStringFields || !explicitFields, DroppedColumns = new HashSet<string>() };
            var engine = EngineFactory.Build(settings);
            var options = new AnalysisOptions { Entities = EngineFactory.EntityFilter(settings, engine.Analyzer), MinScore = settings.MinScore };
            var columns = new Dictionary<string, ColumnStats>(StringComparer.Ordinal);
            var order = new List<string>();
            long sampled = 0;
            using (var source = InputSource.Open(settings, formatOptions, quarantine: null))
            {
                var sink = new MatchSink();
                foreach (var record in source.Read())
                {
                    if (sampled >= count)
                    {
                        break;
                    }

                    sampled++;
                    if (record.Error is not null)
                    {
                        continue;
                    }

                    try
                    {
                        record.Parse();
                        for (var i = 0; i < record.FieldCount; i++)
                        {
                            var name = record.FieldName(i);
                            if (!columns.TryGetValue(name, out var stats))
                            {
                                stats = new ColumnStats();
                                columns[name] = stats;
                                order.Add(name);
                            }

                            var value = record.GetField(i);
                            if (string.IsNullOrWhiteSpace(value))
                            {
                                continue;
                            }

                            stats.NonEmpty++;
                            stats.TotalLength += value.Length;
                            stats.WithSpaces += value.AsSpan().Trim().Contains(' ') ? 1 : 0;
                            engine.Analyzer.Analyze(value, sink, options with { ContextWords = [.. name.Split(['.', '_', '-', ' '], StringSplitOptions.RemoveEmptyEntries)] });
                            var seen = new HashSet<string>(StringComparer.Ordinal);
                            var trimmed = value.Trim().Length;
                            foreach (var match in sink.Matches)
                            {
                                if (seen.Add(match.EntityType))
                                {
                                    stats.Cells[match.EntityType] = stats.Cells.GetValueOrDefault(match.EntityType) + 1;
                                }

                                if (match.Length >= 0.9 * trimmed)
                                {
                                    stats.WholeCells[match.EntityType] = stats.WholeCells.GetValueOrDefault(match.EntityType) + 1;
                                }
                            }
                        }
                    }
                    catch (RecordParseException)
                    {
                        // An unreadable record says nothing about the columns.
                    }
                }
            }

            using var output = OutputTarget.Open(settings.Output, "--output", settings.Compression);
            using (var json = new Utf8JsonWriter(output.Stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteStartObject("columns");
                foreach (var name in order)
                {
                    var proposal = Propose(name, columns[name]);
                    json.WriteStartObject(name);
                    json.WriteString("mode", proposal.Mode.ToString().ToLowerInvariant());
                    if (proposal.Entity is not null)
                    {
                        json.WriteString("entity", proposal.Entity);
                    }

                    json.WriteString("note", proposal.Note);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            output.Stream.WriteByte((byte)'\n');
            output.Commit();
            return ExitCodes.Success;
        });
        return command;
    }

    internal static (ColumnMode Mode, string? Entity, string Note) Propose(string name, ColumnStats stats)
    {
        string? byName = null;
        foreach (var (pattern, entity) in NameRules)
        {
            if (pattern.IsMatch(name))
            {
                byName = entity;
                break;
            }
        }

        string? best = null;
        long bestCells = 0;
        foreach (var (type, cells) in stats.Cells)
        {
            if (cells > bestCells || (cells == bestCells && string.CompareOrdinal(type, best) < 0))
            {
                best = type;
                bestCells = cells;
            }
        }

        var share = stats.NonEmpty == 0 ? 0 : bestCells / (double)stats.NonEmpty;
        var wholeShare = best is null || stats.NonEmpty == 0 ? 0 : stats.WholeCells.GetValueOrDefault(best) / (double)stats.NonEmpty;
        var evidence = best is null
            ? $"no entity found in {stats.NonEmpty} sampled non-empty cells"
            : string.Create(CultureInfo.InvariantCulture, $"{share:P0} of {stats.NonEmpty} sampled non-empty cells hold {best} ({wholeShare:P0} as the whole cell)");
        if (best is not null && share >= EntityShare && wholeShare >= EntityShare)
        {
            return (ColumnMode.Entity, best, (byName is null ? string.Empty : $"name suggests {byName}; ") + evidence);
        }

        if (byName is not null)
        {
            return (ColumnMode.Entity, byName, $"name suggests {byName}; " + evidence);
        }

        if (best is not null)
        {
            return (ColumnMode.Scan, null, evidence + "; free text with personal data: scan");
        }

        var freeText = stats.NonEmpty > 0 && (stats.WithSpaces * 2 >= stats.NonEmpty || stats.TotalLength / stats.NonEmpty > 40);
        return freeText
            ? (ColumnMode.Scan, null, evidence + "; free text: scan in case the sample missed something")
            : (ColumnMode.Keep, null, evidence + "; short values without personal data: keep (check before use)");
    }

    [GeneratedRegex(@"(^|[^a-z])e?-?mail", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex EmailName();

    [GeneratedRegex(@"phone|mobile|(^|[^a-z])(tel|fax|cell|msisdn)([^a-z]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex PhoneName();

    [GeneratedRegex(@"(^|[^a-z])ssn([^a-z]|$)|social.?security", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex SsnName();

    [GeneratedRegex(@"credit.?card|card.?(number|no)|(^|[^a-z])(cc|pan)([^a-z]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex CardName();

    [GeneratedRegex(@"iban", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex IbanName();

    [GeneratedRegex(@"(^|[^a-z])ip([^a-z]|$)|ip.?addr", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex IpName();

    [GeneratedRegex(@"birth|(^|[^a-z])dob([^a-z]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex BirthName();

    [GeneratedRegex(@"passport", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex PassportName();

    [GeneratedRegex(@"nino|national.?insurance", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex NinoName();

    [GeneratedRegex(@"(^|[^a-z])nhs", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex NhsName();

    [GeneratedRegex(@"^(first|last|full|given|middle|sur|family|maiden|patient|customer|contact|person)?[ _.-]?name$|^(surname|forename|author|person)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"address|street|(^|[^a-z])(city|zip|postcode|postal)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex AddressName();

    /// <summary>What the sample showed about one column (counts only).</summary>
    internal sealed class ColumnStats
    {
        public long NonEmpty { get; set; }

        public long TotalLength { get; set; }

        public long WithSpaces { get; set; }

        public Dictionary<string, long> Cells { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, long> WholeCells { get; } = new(StringComparer.Ordinal);
    }
}
