using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Anonymizer.Tabular;
using Anonymizer.Tabular.Pipeline;

namespace Anonymizer.Cli.Processing;

/// <summary>
/// Processes one record on a worker: for each field, its column policy decides — scan (detect with the column name as
/// context, then rewrite under the entity policy), entity (the whole cell is one value of a known type), drop or keep.
/// A record that mentions an opted-out subject, or whose subject column holds one, is marked excluded. Thread-safe.
/// </summary>
internal abstract class CorpusProcessor(
    AnonymizationEngine engine,
    AnalysisOptions baseOptions,
    ColumnPolicies columns,
    SubjectList? subjects,
    string? subjectColumn)
{
    /// <summary>The recognizer name reported for cells of an <c>entity</c> column.</summary>
    public const string ColumnPolicyRecognizer = "ColumnPolicy";

    [ThreadStatic]
    private static MatchSink? t_sink;

    private readonly ConcurrentDictionary<string, AnalysisOptions> _options = new(StringComparer.Ordinal);

    protected AnonymizationEngine Engine => engine;

    protected ColumnPolicies Columns => columns;

    /// <summary>Processes <paramref name="record"/> in place; a <see cref="RecordParseException"/> marks it for the quarantine.</summary>
    public virtual void Process(TabularRecord record)
    {
        if (record.Error is not null)
        {
            return;
        }

        try
        {
            record.Parse();
            var sink = t_sink ??= new MatchSink();
            var hits = new List<EntityHit>();
            var scope = new DocumentScope();
            BeginRecord(record);
            for (var i = 0; i < record.FieldCount; i++)
            {
                var name = record.FieldName(i);
                var policy = columns.For(name);
                if (subjects is not null && subjectColumn is not null && name == subjectColumn && record.GetField(i) is { } id && subjects.MatchesId(id))
                {
                    record.Excluded = true;
                }

                switch (policy.Mode)
                {
                    case ColumnMode.Keep:
                        break;
                    case ColumnMode.Drop:
                        record.DropField(i);
                        break;
                    case ColumnMode.Entity:
                    {
                        var value = record.GetField(i);
                        if (string.IsNullOrEmpty(value))
                        {
                            break;
                        }

                        sink.Clear();
                        sink.Add(new PiiMatch(policy.EntityType!, 0, value.Length, 1.0, ColumnPolicyRecognizer, new MatchExplanation("column policy", ValidationOutcome.Undecided, 1.0)));
                        CheckSubjects(record, value, sink);
                        Field(record, i, name, value, sink, scope, hits);
                        break;
                    }

                    default:
                    {
                        var value = record.GetField(i);
                        if (value is null)
                        {
                            break;
                        }

                        engine.Analyzer.Analyze(value, sink, OptionsFor(name, policy));
                        CheckSubjects(record, value, sink);
                        Field(record, i, name, value, sink, scope, hits);
                        break;
                    }
                }
            }

            EndRecord(record, hits);
        }
        catch (RecordParseException ex)
        {
            record.Error = ex.Message;
        }
    }

    protected virtual void BeginRecord(TabularRecord record)
    {
    }

    /// <summary>Handles the matches of one field (rewrite it, or describe them).</summary>
    protected abstract void Field(TabularRecord record, int index, string name, string value, MatchSink sink, DocumentScope scope, List<EntityHit> hits);

    protected abstract void EndRecord(TabularRecord record, List<EntityHit> hits);

    private void CheckSubjects(TabularRecord record, string value, MatchSink sink)
    {
        if (subjects is null || record.Excluded)
        {
            return;
        }

        foreach (var match in sink.Matches)
        {
            var text = match.TextIn(value);
            if ((match.EntityType == PiiEntityTypes.EmailAddress && subjects.MatchesEmail(text))
                || (match.EntityType == PiiEntityTypes.PhoneNumber && subjects.MatchesPhone(text)))
            {
                record.Excluded = true;
                return;
            }
        }
    }

    private AnalysisOptions OptionsFor(string name, ColumnPolicy policy) => _options.GetOrAdd(name, static (n, state) =>
    {
        var (options, words) = state;
        var context = new List<string>(options.ContextWords ?? []);
        foreach (var part in n.Split(['.', '_', '-', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            context.Add(part);
        }

        if (words is not null)
        {
            context.AddRange(words);
        }

        return options with { ContextWords = context };
    }, (baseOptions, policy.ContextWords));
}

/// <summary>Rewrites the fields of each record (<c>anonymize run</c>).</summary>
internal sealed class RunRecordProcessor(AnonymizationEngine engine, AnalysisOptions baseOptions, ColumnPolicies columns, SubjectList? subjects, string? subjectColumn)
    : CorpusProcessor(engine, baseOptions, columns, subjects, subjectColumn)
{
    protected override void Field(TabularRecord record, int index, string name, string value, MatchSink sink, DocumentScope scope, List<EntityHit> hits)
    {
        if (sink.Count == 0)
        {
            return;
        }

        foreach (var match in sink.Matches)
        {
            hits.Add(new EntityHit(match.EntityType, name, match.Recognizer, match.Score));
        }

        record.SetField(index, Engine.Anonymizer.Anonymize(value, sink.Matches, scope));
    }

    protected override void EndRecord(TabularRecord record, List<EntityHit> hits)
    {
        record.Result = hits;
        if (!record.Excluded)
        {
            record.Finish();
        }
    }
}

/// <summary>
/// Describes the entities of each record (<c>anonymize detect</c>) as one JSON line:
/// <c>{"record":0,"entities":[{"type":…,"start":…,"end":…,"score":…,"recognizer":…}]}</c>, plus <c>"field"</c> when
/// fields are named and <c>"text"</c> only with --show-text.
/// </summary>
internal sealed class DetectRecordProcessor(AnonymizationEngine engine, AnalysisOptions baseOptions, ColumnPolicies columns, bool namesFields, bool showText)
    : CorpusProcessor(engine, baseOptions, columns, null, null)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    protected override void BeginRecord(TabularRecord record)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var json = t_json ??= new Utf8JsonWriter(buffer, WriterOptions);
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteNumber("record", record.Index);
        json.WritePropertyName("entities");
        json.WriteStartArray();
    }

    protected override void Field(TabularRecord record, int index, string name, string value, MatchSink sink, DocumentScope scope, List<EntityHit> hits)
    {
        var json = t_json!;
        foreach (var match in sink.Matches)
        {
            hits.Add(new EntityHit(match.EntityType, name, match.Recognizer, match.Score));
            json.WriteStartObject();
            if (namesFields)
            {
                json.WriteString("field", name);
            }

            json.WriteString("type", match.EntityType);
            json.WriteNumber("start", match.Start);
            json.WriteNumber("end", match.End);
            json.WritePropertyName("score");
            json.WriteRawValue(FormatScore(match.Score), skipInputValidation: true);
            json.WriteString("recognizer", match.Recognizer);
            if (showText)
            {
                json.WriteString("text", match.TextIn(value));
            }

            json.WriteEndObject();
        }
    }

    protected override void EndRecord(TabularRecord record, List<EntityHit> hits)
    {
        var json = t_json!;
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        var buffer = t_buffer!;
        record.Result = new DetectOutput(Encoding.UTF8.GetString(buffer.WrittenSpan), hits);
        if (buffer.Capacity > 1 << 20)
        {
            t_buffer = null;
            t_json = null;
        }
    }

    /// <summary>Scores with at least one decimal (1.0, 0.85), as the contract shows them.</summary>
    internal static string FormatScore(double score) => Math.Round(score, 4).ToString("0.0###", CultureInfo.InvariantCulture);
}

/// <summary>The detection line of one record and its entities.</summary>
internal sealed record DetectOutput(string Line, List<EntityHit> Hits);

/// <summary>
/// Restores what the encrypt strategy wrote (<c>anonymize decrypt</c>): every <c>[[ENC:…]]</c> token in the scanned
/// fields, and whole cells of <c>entity</c> columns whose type the policy encrypts format-preservingly.
/// </summary>
internal sealed class DecryptRecordProcessor(AnonymizationEngine engine, ColumnPolicies columns, TextDecryptor decryptor)
    : CorpusProcessor(engine, AnalysisOptions.Default, columns, null, null)
{
    public override void Process(TabularRecord record)
    {
        if (record.Error is not null)
        {
            return;
        }

        try
        {
            record.Parse();
            for (var i = 0; i < record.FieldCount; i++)
            {
                var policy = Columns.For(record.FieldName(i));
                if (policy.Mode is ColumnMode.Keep or ColumnMode.Drop || record.GetField(i) is not { Length: > 0 } value)
                {
                    continue;
                }

                record.SetField(i, IsFormatPreserving(policy) && !value.Contains("[[ENC:", StringComparison.Ordinal)
                    ? decryptor.DecryptFormatPreserving(value)
                    : decryptor.Decrypt(value));
            }

            record.Result = new List<EntityHit>();
            record.Finish();
        }
        catch (RecordParseException ex)
        {
            record.Error = ex.Message;
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            record.Error = $"cannot decrypt: {ex.Message}";
        }
    }

    protected override void Field(TabularRecord record, int index, string name, string value, MatchSink sink, DocumentScope scope, List<EntityHit> hits) =>
        throw new NotSupportedException("Decryption rewrites whole fields in Process.");

    protected override void EndRecord(TabularRecord record, List<EntityHit> hits) =>
        throw new NotSupportedException("Decryption rewrites whole fields in Process.");

    private bool IsFormatPreserving(ColumnPolicy policy) =>
        policy.Mode == ColumnMode.Entity
        && Engine.Anonymizer.Policy.StrategyFor(policy.EntityType!) is EncryptStrategy { Options.Mode: EncryptionMode.FormatPreserving };
}
