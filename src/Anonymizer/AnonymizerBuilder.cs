using Anonymizer.Analysis;
using Anonymizer.Anonymization;
using Anonymizer.Recognizers;

namespace Anonymizer;

/// <summary>
/// Configures and builds an <see cref="AnonymizationEngine"/> (or a <see cref="PiiAnalyzer"/> alone). Starts with every
/// built-in recognizer and the fail-closed policy that replaces each entity by its tag.
/// </summary>
/// <example>
/// <code>
/// var engine = new AnonymizerBuilder().Build();
/// var result = engine.Anonymize("Mail jane.doe@example.com");
/// // result.Text == "Mail &lt;EMAIL_ADDRESS&gt;"
/// </code>
/// </example>
public sealed class AnonymizerBuilder
{
    private readonly List<Recognizer> _custom = [];
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private readonly List<string> _allowExact = [];
    private readonly List<string> _allowPatterns = [];
    private readonly Dictionary<string, AnonymizationStrategy> _strategies = new(StringComparer.Ordinal);
    private bool _builtIns = true;
    private bool _allowIgnoreCase;
    private IReadOnlyList<string> _phoneRegions = RecognizerCatalogOptions.DefaultPhoneRegions;
    private IReadOnlyCollection<string>? _entities;
    private readonly HashSet<string> _countries = new(StringComparer.OrdinalIgnoreCase);
    private double _minScore;
    private ContextEnhancement _contextEnhancement = ContextEnhancement.Default;
    private AnonymizationStrategy _defaultStrategy = ReplaceStrategy.Default;

    /// <summary>Registers a recognizer of your own.</summary>
    public AnonymizerBuilder AddRecognizer(Recognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _custom.Add(recognizer);
        return this;
    }

    /// <summary>Removes a built-in or added recognizer by name (e.g. <c>"UrlRecognizer"</c>).</summary>
    public AnonymizerBuilder RemoveRecognizer(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _removed.Add(name);
        return this;
    }

    /// <summary>Starts from no built-in recognizer; only those added with <see cref="AddRecognizer"/> run.</summary>
    public AnonymizerBuilder WithoutBuiltInRecognizers()
    {
        _builtIns = false;
        return this;
    }

    /// <summary>
    /// Adds an ad-hoc recognizer from a regular expression of yours. The expression runs on the linear-time engine when
    /// it can, otherwise with a one-second match timeout.
    /// </summary>
    /// <param name="entityType">The entity type reported.</param>
    /// <param name="pattern">The regular expression; the whole match is the entity.</param>
    /// <param name="score">The score of a match, in [0, 1]. Default 0.5.</param>
    /// <param name="contextWords">Words that raise the score when they stand shortly before a match.</param>
    /// <param name="name">The recognizer name; default <c>Custom_{entityType}</c>.</param>
    public AnonymizerBuilder AddPattern(string entityType, string pattern, double score = 0.5, IEnumerable<string>? contextWords = null, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        var regex = UserRegex.Compile(pattern);
        return AddRecognizer(new PatternRecognizer(new PatternRecognizerOptions
        {
            Name = name ?? $"Custom_{entityType}",
            EntityType = entityType,
            Patterns = [new RegexPattern(name ?? entityType, regex, score)],
            ContextWords = contextWords?.ToArray(),
        }));
    }

    /// <summary>Reports each of <paramref name="words"/> (whole words, ignoring case) as <paramref name="entityType"/>.</summary>
    public AnonymizerBuilder AddDenyList(string entityType, IEnumerable<string> words, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        return AddRecognizer(new DenyListRecognizer(name ?? $"DenyList_{entityType}", entityType, words));
    }

    /// <summary>Never reports these exact values.</summary>
    public AnonymizerBuilder Allow(params IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _allowExact.AddRange(values);
        return this;
    }

    /// <summary>Never reports a value that matches one of these regular expressions in full.</summary>
    public AnonymizerBuilder AllowPattern(params IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _allowPatterns.AddRange(patterns);
        return this;
    }

    /// <summary>Compares exact allow-list values ignoring case.</summary>
    public AnonymizerBuilder AllowIgnoringCase(bool ignoreCase = true)
    {
        _allowIgnoreCase = ignoreCase;
        return this;
    }

    /// <summary>Sets the phone regions (ISO 3166 codes; "UK" means "GB").</summary>
    public AnonymizerBuilder WithPhoneRegions(params IEnumerable<string> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var list = regions.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("At least one phone region is needed.", nameof(regions));
        }

        _phoneRegions = list;
        return this;
    }

    /// <summary>
    /// Reports only these entity types by default (a call can still name others). Naming a type runs its recognizer
    /// even where it is off by default.
    /// </summary>
    public AnonymizerBuilder WithEntities(params IEnumerable<string> entityTypes)
    {
        ArgumentNullException.ThrowIfNull(entityTypes);
        _entities = entityTypes.ToArray();
        return this;
    }

    /// <summary>
    /// Enables every recognizer of these countries (ISO 3166 alpha-2 codes, e.g. <c>DE</c>, <c>IN</c>) in addition to
    /// those on by default.
    /// </summary>
    public AnonymizerBuilder WithCountries(params IEnumerable<string> countryCodes)
    {
        ArgumentNullException.ThrowIfNull(countryCodes);
        foreach (var code in countryCodes)
        {
            if (code is null || code.Length != 2 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
            {
                throw new ArgumentException($"'{code}' is not an ISO 3166 alpha-2 country code.", nameof(countryCodes));
            }

            _countries.Add(code.ToUpperInvariant() == "GB" ? "UK" : code.ToUpperInvariant());
        }

        return this;
    }

    /// <summary>Sets the lowest score reported (default 0: everything a recognizer reports).</summary>
    public AnonymizerBuilder WithMinScore(double minScore)
    {
        if (minScore is < 0 or > 1 || double.IsNaN(minScore))
        {
            throw new ArgumentOutOfRangeException(nameof(minScore), minScore, "The minimum score must lie in [0, 1].");
        }

        _minScore = minScore;
        return this;
    }

    /// <summary>Sets how context words raise scores (default <see cref="ContextEnhancement.Default"/>).</summary>
    public AnonymizerBuilder WithContextEnhancement(ContextEnhancement enhancement)
    {
        ArgumentNullException.ThrowIfNull(enhancement);
        enhancement.Validate();
        _contextEnhancement = enhancement;
        return this;
    }

    /// <summary>Sets the strategy for one entity type.</summary>
    public AnonymizerBuilder WithStrategy(string entityType, AnonymizationStrategy strategy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentNullException.ThrowIfNull(strategy);
        _strategies[entityType] = strategy;
        return this;
    }

    /// <summary>Sets the strategy of every entity type without one of its own (default: replace with the tag).</summary>
    public AnonymizerBuilder WithDefaultStrategy(AnonymizationStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        _defaultStrategy = strategy;
        return this;
    }

    /// <summary>
    /// Takes the default and every per-type strategy of <paramref name="policy"/> (e.g. one read by
    /// <see cref="PolicyFile.Load(string, Keys.AnonymizationKey?)"/>); later <see cref="WithStrategy"/> calls override it.
    /// </summary>
    public AnonymizerBuilder WithPolicy(AnonymizationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _defaultStrategy = policy.Default;
        _strategies.Clear();
        foreach (var (entityType, strategy) in policy.ByEntity)
        {
            _strategies[entityType] = strategy;
        }

        return this;
    }

    /// <summary>Builds the analyzer alone.</summary>
    public PiiAnalyzer BuildAnalyzer()
    {
        var recognizers = new List<Recognizer>();
        if (_builtIns)
        {
            recognizers.AddRange(RecognizerCatalog.Create(new RecognizerCatalogOptions { PhoneRegions = _phoneRegions }));
        }

        recognizers.AddRange(_custom);
        recognizers.RemoveAll(r => _removed.Contains(r.Name));
        var duplicate = recognizers.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two recognizers are named '{duplicate.Key}'; recognizer names must be unique.");
        }

        var allowList = _allowExact.Count == 0 && _allowPatterns.Count == 0
            ? AllowList.Empty
            : new AllowList(_allowExact, _allowPatterns, _allowIgnoreCase);
        return new PiiAnalyzer(recognizers, _entities, _countries, allowList, _contextEnhancement, _minScore);
    }

    /// <summary>Builds the policy alone.</summary>
    public AnonymizationPolicy BuildPolicy() => new(_defaultStrategy, _strategies);

    /// <summary>Builds the engine.</summary>
    public AnonymizationEngine Build() => new(BuildAnalyzer(), new TextAnonymizer(BuildPolicy()));
}
