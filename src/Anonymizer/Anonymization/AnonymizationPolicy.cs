using System.Collections.Frozen;

namespace Anonymizer.Anonymization;

/// <summary>
/// Maps entity types to strategies. Fails closed: a type with no strategy of its own gets the default, which is
/// <see cref="ReplaceStrategy.Default"/> (<c>&lt;TYPE&gt;</c>) unless set otherwise; nothing is passed through unless
/// a policy names <see cref="KeepStrategy"/>.
/// </summary>
public sealed class AnonymizationPolicy
{
    private readonly FrozenDictionary<string, AnonymizationStrategy> _byEntity;

    /// <summary>Creates a policy.</summary>
    /// <param name="defaultStrategy">The strategy of every entity type not in <paramref name="byEntity"/>.</param>
    /// <param name="byEntity">Strategies by entity type.</param>
    public AnonymizationPolicy(AnonymizationStrategy defaultStrategy, IReadOnlyDictionary<string, AnonymizationStrategy>? byEntity = null)
    {
        ArgumentNullException.ThrowIfNull(defaultStrategy);
        Default = defaultStrategy;
        _byEntity = (byEntity ?? new Dictionary<string, AnonymizationStrategy>()).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The policy that replaces every entity by its tag.</summary>
    public static AnonymizationPolicy ReplaceAll { get; } = new(ReplaceStrategy.Default);

    /// <summary>The strategy of entity types without one of their own.</summary>
    public AnonymizationStrategy Default { get; }

    /// <summary>The strategies given per entity type.</summary>
    public IReadOnlyDictionary<string, AnonymizationStrategy> ByEntity => _byEntity;

    /// <summary>The strategy for <paramref name="entityType"/>.</summary>
    public AnonymizationStrategy StrategyFor(string entityType) =>
        _byEntity.TryGetValue(entityType, out var strategy) ? strategy : Default;
}
