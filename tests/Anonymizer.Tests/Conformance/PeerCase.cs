using System.Text.Json;
using System.Text.Json.Serialization;

namespace Anonymizer.Tests.Conformance;

/// <summary>One case of Presidio's recognizer test suite (see PeerCases/README.md).</summary>
public sealed record PeerCase
{
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    [JsonPropertyName("entity")] public string Entity { get; init; } = "";
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("expected_count")] public int ExpectedCount { get; init; }
    [JsonPropertyName("expected_spans")] public int[][]? ExpectedSpans { get; init; }
    [JsonPropertyName("spans_partial")] public bool SpansPartial { get; init; }
    [JsonPropertyName("recognizer")] public string Recognizer { get; init; } = "";
    [JsonPropertyName("recognizer_params")] public JsonElement? RecognizerParams { get; init; }
    [JsonPropertyName("model_dependent")] public bool ModelDependent { get; init; }
    [JsonPropertyName("test")] public string Test { get; init; } = "";

    /// <summary>The parameters as compact JSON, or "" when none.</summary>
    public string ParamsKey => RecognizerParams is { ValueKind: JsonValueKind.Object } p ? p.GetRawText() : "";

    /// <summary>Identifies a case across files: entity, text and parameters.</summary>
    public string Key => $"{Entity}\u241F{Text}\u241F{ParamsKey}";

    public override string ToString() => $"{Entity}: {Text}";
}

/// <summary>A case where we knowingly differ from Presidio: our spans, and why.</summary>
public sealed record KnownDifference
{
    [JsonPropertyName("entity")] public string Entity { get; init; } = "";
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("params")] public string Params { get; init; } = "";
    [JsonPropertyName("ours")] public int[][] Ours { get; init; } = [];
    [JsonPropertyName("reason")] public string Reason { get; init; } = "";

    public string Key => $"{Entity}\u241F{Text}\u241F{Params}";
}
