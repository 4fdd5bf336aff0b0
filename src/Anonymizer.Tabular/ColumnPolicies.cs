using System.Text.Json;

namespace Anonymizer.Tabular;

/// <summary>What happens to one column (CSV, Parquet) or field (JSONL).</summary>
public enum ColumnMode
{
    /// <summary>Free text: detect personal data and apply the entity policy.</summary>
    Scan,
    /// <summary>The whole cell is a value of one known entity type: it gets that type's strategy without detection.</summary>
    Entity,
    /// <summary>The column is removed from the output.</summary>
    Drop,
    /// <summary>The column passes through unchanged.</summary>
    Keep,
}

/// <summary>The policy of one column.</summary>
/// <param name="Mode">What happens to the column.</param>
/// <param name="EntityType">For <see cref="ColumnMode.Entity"/>: the entity type of every cell.</param>
/// <param name="ContextWords">Extra context words for <see cref="ColumnMode.Scan"/> (the column name is always one).</param>
public sealed record ColumnPolicy(ColumnMode Mode, string? EntityType = null, IReadOnlyList<string>? ContextWords = null)
{
    /// <summary>The default: scan.</summary>
    public static ColumnPolicy Scan { get; } = new(ColumnMode.Scan);
}

/// <summary>
/// Column policies by column name, read from the <c>"columns"</c> section of a policy file:
/// <code>
/// "columns": {
///   "email":   { "mode": "entity", "entity": "EMAIL_ADDRESS" },
///   "bio":     "scan",
///   "notes":   { "mode": "scan", "context": ["patient"] },
///   "user_id": "keep",
///   "ssn":     "drop"
/// }
/// </code>
/// A column not named is scanned. An entry may be a mode name or an object with <c>mode</c>, <c>entity</c> (for
/// <c>entity</c>), <c>context</c> (for <c>scan</c>) and an optional free-text <c>note</c>.
/// </summary>
public sealed class ColumnPolicies
{
    private readonly Dictionary<string, ColumnPolicy> _byName;

    /// <summary>Creates the policies.</summary>
    public ColumnPolicies(IReadOnlyDictionary<string, ColumnPolicy> byName)
    {
        ArgumentNullException.ThrowIfNull(byName);
        _byName = new Dictionary<string, ColumnPolicy>(byName, StringComparer.Ordinal);
    }

    /// <summary>No column policies: every column is scanned.</summary>
    public static ColumnPolicies None { get; } = new(new Dictionary<string, ColumnPolicy>());

    /// <summary>The policies by column name.</summary>
    public IReadOnlyDictionary<string, ColumnPolicy> ByName => _byName;

    /// <summary>The names of the dropped columns.</summary>
    public IReadOnlySet<string> Dropped => _byName.Where(p => p.Value.Mode == ColumnMode.Drop).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The policy of <paramref name="column"/> (scan when not named).</summary>
    public ColumnPolicy For(string column) => _byName.TryGetValue(column, out var policy) ? policy : ColumnPolicy.Scan;

    /// <summary>Parses the <c>"columns"</c> section.</summary>
    /// <exception cref="FormatException">The section is invalid; the message names the JSON path (<c>$.columns.email.mode: …</c>).</exception>
    public static ColumnPolicies Parse(JsonElement columnsSection)
    {
        const string root = "$.columns";
        if (columnsSection.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{root}: expected an object mapping column names to policies, found {Kind(columnsSection)}");
        }

        var result = new Dictionary<string, ColumnPolicy>(StringComparer.Ordinal);
        foreach (var property in columnsSection.EnumerateObject())
        {
            var path = $"{root}.{property.Name}";
            if (property.Name.Length == 0)
            {
                throw new FormatException($"{root}: a column name is empty");
            }

            if (result.ContainsKey(property.Name))
            {
                throw new FormatException($"{path}: the column is named twice");
            }

            result[property.Name] = ParseOne(property.Value, path);
        }

        return new ColumnPolicies(result);
    }

    private static ColumnPolicy ParseOne(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            var mode = ParseMode(value.GetString()!, path);
            return mode == ColumnMode.Entity
                ? throw new FormatException($"{path}: mode 'entity' needs an entity type: write {{ \"mode\": \"entity\", \"entity\": \"EMAIL_ADDRESS\" }}")
                : new ColumnPolicy(mode);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{path}: expected a mode name or an object, found {Kind(value)}");
        }

        ColumnMode? parsedMode = null;
        string? entity = null;
        List<string>? context = null;
        foreach (var member in value.EnumerateObject())
        {
            var memberPath = $"{path}.{member.Name}";
            switch (member.Name)
            {
                case "mode":
                    parsedMode = member.Value.ValueKind == JsonValueKind.String
                        ? ParseMode(member.Value.GetString()!, memberPath)
                        : throw new FormatException($"{memberPath}: expected a string, found {Kind(member.Value)}");
                    break;
                case "entity":
                    entity = member.Value.ValueKind == JsonValueKind.String && member.Value.GetString() is { Length: > 0 } name
                        ? name.ToUpperInvariant()
                        : throw new FormatException($"{memberPath}: expected an entity type name such as EMAIL_ADDRESS");
                    break;
                case "context":
                    if (member.Value.ValueKind != JsonValueKind.Array)
                    {
                        throw new FormatException($"{memberPath}: expected an array of words, found {Kind(member.Value)}");
                    }

                    context = [];
                    var i = 0;
                    foreach (var word in member.Value.EnumerateArray())
                    {
                        context.Add(word.ValueKind == JsonValueKind.String && word.GetString() is { Length: > 0 } w
                            ? w
                            : throw new FormatException($"{memberPath}[{i}]: expected a non-empty string"));
                        i++;
                    }

                    break;
                case "note":
                    break;
                default:
                    throw new FormatException($"{memberPath}: unknown member (expected mode, entity, context or note)");
            }
        }

        if (parsedMode is not { } mode2)
        {
            throw new FormatException($"{path}.mode: missing (expected scan, entity, drop or keep)");
        }

        if (mode2 == ColumnMode.Entity && entity is null)
        {
            throw new FormatException($"{path}.entity: missing (mode 'entity' needs the entity type of the cells)");
        }

        if (mode2 != ColumnMode.Entity && entity is not null)
        {
            throw new FormatException($"{path}.entity: only allowed with mode 'entity'");
        }

        if (mode2 != ColumnMode.Scan && context is not null)
        {
            throw new FormatException($"{path}.context: only allowed with mode 'scan'");
        }

        return new ColumnPolicy(mode2, entity, context);
    }

    private static ColumnMode ParseMode(string text, string path) => text.ToLowerInvariant() switch
    {
        "scan" => ColumnMode.Scan,
        "entity" => ColumnMode.Entity,
        "drop" => ColumnMode.Drop,
        "keep" => ColumnMode.Keep,
        _ => throw new FormatException($"{path}: unknown mode '{text}' (expected scan, entity, drop or keep)"),
    };

    private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();
}
