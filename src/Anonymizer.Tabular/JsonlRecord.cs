using System.Text.Json;
using System.Text.Json.Nodes;

namespace Anonymizer.Tabular;

/// <summary>
/// One JSON Lines record: a JSON object whose string fields can be read and replaced by path, everything else passing
/// through unchanged (numbers keep their original text, member order is kept).
/// </summary>
public sealed class JsonlRecord
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };
    private static readonly JsonSerializerOptions WriteOptions = new() { MaxDepth = 256, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonObject _root;

    private JsonlRecord(JsonObject root) => _root = root;

    /// <summary>Parses one line.</summary>
    /// <exception cref="RecordParseException">The line is not a JSON object.</exception>
    public static JsonlRecord Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line, NodeOptions, DocumentOptions);
        }
        catch (JsonException ex) when (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            throw new RecordParseException($"JSON nested deeper than {DocumentOptions.MaxDepth} levels ({Describe(ex)})", ex);
        }
        catch (JsonException ex)
        {
            throw new RecordParseException($"malformed JSON ({Describe(ex)})", ex);
        }

        return node is JsonObject obj ? new JsonlRecord(obj) : throw new RecordParseException("the line is not a JSON object");
    }

    /// <summary>
    /// The string value at <paramref name="path"/>, or <see langword="null"/> when the field is absent or JSON null.
    /// </summary>
    /// <exception cref="RecordParseException">The field exists but is not a string, or holds an escaped lone surrogate.</exception>
    public string? GetString(FieldPath path)
    {
        var node = Find(path);
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            try
            {
                return value.GetValue<string>();
            }
            catch (InvalidOperationException ex)
            {
                // System.Text.Json refuses to unescape a lone surrogate ("\ud800"): the field is not valid text.
                throw new RecordParseException($"field '{path}' is not valid UTF-16 text (an escaped lone surrogate)", ex);
            }
        }

        throw new RecordParseException($"field '{path}' is a {node.GetValueKind().ToString().ToLowerInvariant()}, not a string");
    }

    /// <summary>Replaces the string at <paramref name="path"/> (which must exist).</summary>
    public void SetString(FieldPath path, string value)
    {
        var parent = FindParent(path) ?? throw new InvalidOperationException($"Field '{path}' does not exist.");
        parent[path.Segments[^1]] = JsonValue.Create(value);
    }

    /// <summary>Removes the field at <paramref name="path"/>; false when it is absent.</summary>
    public bool Remove(FieldPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FindParent(path)?.Remove(path.Segments[^1]) ?? false;
    }

    /// <summary>The paths of every string value in the record (nested objects included, arrays not), in document order.</summary>
    public IReadOnlyList<FieldPath> StringFieldPaths()
    {
        var paths = new List<FieldPath>();
        Collect(_root, null, paths);
        return paths;
    }

    private static void Collect(JsonObject obj, string? prefix, List<FieldPath> paths)
    {
        foreach (var (name, node) in obj)
        {
            if (name.Length == 0)
            {
                continue;
            }

            var escaped = name.Replace(".", "\\.", StringComparison.Ordinal);
            var path = prefix is null ? escaped : prefix + "." + escaped;
            if (node is JsonObject child)
            {
                Collect(child, path, paths);
            }
            else if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                paths.Add(FieldPath.Parse(path));
            }
        }
    }

    /// <summary>The record as one line of JSON.</summary>
    /// <exception cref="RecordParseException">A member holds an escaped lone surrogate, which cannot be written back.</exception>
    public string ToJson()
    {
        try
        {
            return _root.ToJsonString(WriteOptions);
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json reads "\ud800" but refuses to unescape it when writing: the record is not valid text.
            throw new RecordParseException("the record is not valid UTF-16 text (an escaped lone surrogate)", ex);
        }
    }

    private JsonNode? Find(FieldPath path)
    {
        var parent = FindParent(path);
        return parent is not null && parent.TryGetPropertyValue(path.Segments[^1], out var node) ? node : null;
    }

    private JsonObject? FindParent(FieldPath path)
    {
        var current = _root;
        for (var i = 0; i < path.Segments.Count - 1; i++)
        {
            if (!current.TryGetPropertyValue(path.Segments[i], out var next) || next is not JsonObject obj)
            {
                return null;
            }

            current = obj;
        }

        return current;
    }

    private static string Describe(JsonException ex) =>
        ex.BytePositionInLine is { } position ? $"at byte {position + 1}" : "unexpected end";
}
