using System.Text.Json;
using Anonymizer.Keys;

namespace Anonymizer.Anonymization;

/// <summary>
/// Reads a policy file (JSON) into an <see cref="AnonymizationPolicy"/>, validating it as it goes: every error names the
/// JSON path of the problem (<see cref="PolicyException"/>). The shape:
/// <code>
/// { "default":  { "strategy": "replace" },
///   "entities": { "EMAIL_ADDRESS": { "strategy": "hash" },
///                 "CREDIT_CARD":   { "strategy": "mask", "keepLast": 4 },
///                 "PHONE_NUMBER":  "redact" } }
/// </code>
/// An entry is an object with <c>strategy</c> and that strategy's options (camelCase), or just the strategy's name.
/// Unknown members are errors. Comments and trailing commas are allowed. See docs/policy.md for every option.
/// </summary>
public static class PolicyFile
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    /// <summary>The strategy names a policy file may use.</summary>
    public static IReadOnlyList<string> StrategyNames { get; } =
        ["replace", "redact", "mask", "hash", "pseudonymize", "encrypt", "shift-date", "generalize", "keep"];

    /// <summary>Loads a policy file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="key">The key for keyed strategies, or <see langword="null"/> when none was given.</param>
    /// <exception cref="PolicyException">The file is not a valid policy.</exception>
    /// <exception cref="KeyRequiredException">The policy uses a keyed strategy and <paramref name="key"/> is null.</exception>
    public static AnonymizationPolicy Load(string path, AnonymizationKey? key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Load(stream, key);
    }

    /// <summary>Loads a policy from a stream of UTF-8 JSON.</summary>
    /// <inheritdoc cref="Load(string, AnonymizationKey?)" path="/exception"/>
    public static AnonymizationPolicy Load(Stream stream, AnonymizationKey? key)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new PolicyException("$", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})", e);
        }

        using (document)
        {
            return Read(document.RootElement, key);
        }
    }

    /// <summary>Reads a policy from JSON text.</summary>
    /// <inheritdoc cref="Load(string, AnonymizationKey?)" path="/exception"/>
    public static AnonymizationPolicy Parse(string json, AnonymizationKey? key)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Load(stream, key);
    }

    /// <summary>Reads a policy from its root element.</summary>
    /// <inheritdoc cref="Load(string, AnonymizationKey?)" path="/exception"/>
    public static AnonymizationPolicy Read(JsonElement root, AnonymizationKey? key)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new PolicyException("$", "must be a JSON object with \"default\" and/or \"entities\"");
        }

        AnonymizationStrategy defaultStrategy = ReplaceStrategy.Default;
        var byEntity = new Dictionary<string, AnonymizationStrategy>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in root.EnumerateObject())
        {
            var path = Child("$", member.Name);
            if (!seen.Add(member.Name))
            {
                throw new PolicyException(path, "appears twice");
            }

            // One case per top-level section; a later section (e.g. "columns") is one more case here.
            switch (member.Name)
            {
                case "default":
                    defaultStrategy = ReadStrategy(member.Value, path, key);
                    break;
                case "entities":
                    ReadEntities(member.Value, path, key, byEntity);
                    break;
                case "columns":
                    // Per-column policies of tabular records: read and validated by Anonymizer.Tabular.ColumnPolicies.
                    break;
                default:
                    throw new PolicyException(path, "unknown member (known: default, entities, columns)");
            }
        }

        return new AnonymizationPolicy(defaultStrategy, byEntity);
    }

    /// <summary>
    /// Reads one strategy entry (an object with <c>strategy</c> and options, or a strategy name) at
    /// <paramref name="path"/>. Public so that other sections of a policy (e.g. per column) read entries the same way.
    /// </summary>
    /// <inheritdoc cref="Load(string, AnonymizationKey?)" path="/exception"/>
    public static AnonymizationStrategy ReadStrategy(JsonElement element, string path, AnonymizationKey? key)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (element.ValueKind == JsonValueKind.String)
        {
            return Create(element.GetString()!, new Options(default, path), path, key);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new PolicyException(path, "must be an object such as { \"strategy\": \"replace\" } or a strategy name");
        }

        if (!element.TryGetProperty("strategy", out var name))
        {
            throw new PolicyException(path, $"needs \"strategy\" (one of: {string.Join(", ", StrategyNames)})");
        }

        if (name.ValueKind != JsonValueKind.String)
        {
            throw new PolicyException(Child(path, "strategy"), "must be a string");
        }

        var options = new Options(element, path);
        var strategy = Create(name.GetString()!, options, Child(path, "strategy"), key);
        options.RejectUnknown();
        return strategy;
    }

    private static void ReadEntities(JsonElement element, string path, AnonymizationKey? key, Dictionary<string, AnonymizationStrategy> byEntity)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new PolicyException(path, "must be an object mapping entity types to strategies");
        }

        foreach (var entity in element.EnumerateObject())
        {
            var entityPath = Child(path, entity.Name);
            if (string.IsNullOrWhiteSpace(entity.Name))
            {
                throw new PolicyException(entityPath, "an entity type must not be empty");
            }

            if (byEntity.ContainsKey(entity.Name))
            {
                throw new PolicyException(entityPath, "appears twice");
            }

            byEntity.Add(entity.Name, ReadStrategy(entity.Value, entityPath, key));
        }
    }

    private static AnonymizationStrategy Create(string name, Options o, string namePath, AnonymizationKey? key)
    {
        try
        {
            switch (name)
            {
                case "replace":
                {
                    var template = o.String("template");
                    var numbered = o.Bool("numbered") ?? false;
                    return template is not null ? new ReplaceStrategy(template)
                        : numbered ? ReplaceStrategy.Numbered : ReplaceStrategy.Default;
                }

                case "redact":
                    return RedactStrategy.Instance;
                case "keep":
                    return KeepStrategy.Instance;
                case "mask":
                {
                    var defaults = new MaskOptions();
                    return new MaskStrategy(new MaskOptions
                    {
                        MaskChar = o.Char("maskChar") ?? defaults.MaskChar,
                        Count = o.Int("count", 0),
                        FromEnd = o.Bool("fromEnd") ?? defaults.FromEnd,
                        KeepLast = o.Int("keepLast", 0) ?? defaults.KeepLast,
                        KeepSeparators = o.Bool("keepSeparators") ?? defaults.KeepSeparators,
                    });
                }

                case "hash":
                {
                    var defaults = new HashOptions();
                    var options = new HashOptions
                    {
                        Algorithm = o.Enum("algorithm", ["hmac-sha256", "hmac-sha512", "sha256-salted"], [HashAlgorithm.HmacSha256, HashAlgorithm.HmacSha512, HashAlgorithm.Sha256Salted]) ?? defaults.Algorithm,
                        Encoding = o.Enum("encoding", ["hex", "base64url"], [HashEncoding.Hex, HashEncoding.Base64Url]) ?? defaults.Encoding,
                        Length = o.Int("length", HashOptions.MinimumLength),
                        KeyIdPrefix = o.Bool("keyIdPrefix") ?? defaults.KeyIdPrefix,
                    };
                    return new HashStrategy(Key(options.Algorithm == HashAlgorithm.Sha256Salted ? null : "hash", key, o.Path), options);
                }

                case "pseudonymize":
                {
                    var defaults = new PseudonymizeOptions();
                    var options = new PseudonymizeOptions { Locale = o.String("locale") ?? defaults.Locale, Dates = DateShift(o) };
                    return new PseudonymizeStrategy(Key("pseudonymize", key, o.Path), options);
                }

                case "encrypt":
                {
                    var mode = o.Enum("mode", ["deterministic", "format-preserving"], [EncryptionMode.Deterministic, EncryptionMode.FormatPreserving]);
                    return new EncryptStrategy(Key("encrypt", key, o.Path), new EncryptOptions { Mode = mode ?? EncryptionMode.Deterministic });
                }

                case "shift-date":
                    return new DateShiftStrategy(Key("shift-date", key, o.Path), DateShift(o));
                case "generalize":
                {
                    var defaults = new GeneralizeOptions();
                    return new GeneralizeStrategy(new GeneralizeOptions
                    {
                        Kind = o.Enum("kind", ["auto", "date", "postcode", "age"], [GeneralizeKind.Auto, GeneralizeKind.Date, GeneralizeKind.Postcode, GeneralizeKind.Age]) ?? defaults.Kind,
                        Date = o.Enum("date", ["year", "month"], [DateGranularity.Year, DateGranularity.Month]) ?? defaults.Date,
                        DayFirst = o.Bool("dayFirst") ?? defaults.DayFirst,
                        PostcodeLength = o.Int("postcodeLength", 0) ?? defaults.PostcodeLength,
                        AgeBand = o.Int("ageBand", 1) ?? defaults.AgeBand,
                        AgeCap = o.Int("ageCap", 1) ?? defaults.AgeCap,
                    });
                }

                case "custom":
                    throw new PolicyException(namePath, "custom strategies exist only in the library API (CustomStrategy); a policy file cannot name code");
                default:
                    throw new PolicyException(namePath, $"unknown strategy '{name}' (known: {string.Join(", ", StrategyNames)})");
            }
        }
        catch (ArgumentException e)
        {
            // Cross-option checks of the options classes (e.g. minDays > maxDays).
            throw new PolicyException(o.Path, e.Message.Split(" (Parameter", 2)[0], e);
        }
    }

    private static DateShiftOptions DateShift(Options o)
    {
        var defaults = new DateShiftOptions();
        return new DateShiftOptions
        {
            MinDays = o.Int("minDays", int.MinValue) ?? defaults.MinDays,
            MaxDays = o.Int("maxDays", int.MinValue) ?? defaults.MaxDays,
            DayFirst = o.Bool("dayFirst") ?? defaults.DayFirst,
        };
    }

    private static AnonymizationKey? Key(string? strategy, AnonymizationKey? key, string path)
    {
        if (strategy is not null && key is null)
        {
            throw new KeyRequiredException($"{path}: {AnonymizationKey.Describe(strategy)}");
        }

        return key;
    }

    /// <summary>The JSON path of a member: <c>$.name</c>, or <c>$['odd name']</c> when the name is not a plain identifier.</summary>
    internal static string Child(string path, string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
            }
        }

        return name.Length == 0 ? $"{path}['']" : $"{path}.{name}";
    }

    /// <summary>The options of one entry: typed reads that name the path on error, and a check that nothing unknown is left.</summary>
    private sealed class Options(JsonElement element, string path)
    {
        private readonly HashSet<string> _read = new(StringComparer.Ordinal) { "strategy" };

        public string Path { get; } = path;

        private bool TryGet(string name, out JsonElement value)
        {
            _read.Add(name);
            value = default;
            return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
        }

        public string? String(string name)
        {
            if (!TryGet(name, out var value))
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new PolicyException(Child(Path, name), "must be a string");
        }

        public char? Char(string name)
        {
            var text = String(name);
            return text is null ? null
                : text.Length == 1 ? text[0]
                : throw new PolicyException(Child(Path, name), "must be a single character");
        }

        public bool? Bool(string name)
        {
            if (!TryGet(name, out var value))
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new PolicyException(Child(Path, name), "must be true or false"),
            };
        }

        public int? Int(string name, int minimum)
        {
            if (!TryGet(name, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= minimum)
            {
                return number;
            }

            throw new PolicyException(Child(Path, name), minimum switch
            {
                0 => "must be a non-negative integer",
                1 => "must be a positive integer",
                int.MinValue => "must be an integer",
                _ => $"must be an integer of at least {minimum}",
            });
        }

        public T? Enum<T>(string name, string[] names, T[] values)
            where T : struct
        {
            var text = String(name);
            if (text is null)
            {
                return null;
            }

            var index = Array.IndexOf(names, text);
            return index >= 0 ? values[index] : throw new PolicyException(Child(Path, name), $"must be one of: {string.Join(", ", names)}");
        }

        public void RejectUnknown()
        {
            foreach (var member in element.EnumerateObject())
            {
                if (!_read.Contains(member.Name))
                {
                    throw new PolicyException(Child(Path, member.Name), $"unknown option of the '{element.GetProperty("strategy").GetString()}' strategy");
                }
            }
        }
    }
}
