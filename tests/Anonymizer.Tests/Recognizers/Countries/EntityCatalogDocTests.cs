using Anonymizer.Recognizers;

namespace Anonymizer.Tests.Recognizers.Countries;

/// <summary>docs/entities.md is generated from the catalog; it must list every entity type the catalog reports.</summary>
public sealed class EntityCatalogDocTests
{
    [Fact]
    public void Entities_doc_lists_every_entity_type_of_the_catalog()
    {
        var doc = File.ReadAllText(RepoFiles.Path("docs/entities.md"));
        var missing = RecognizerCatalog.Create()
            .SelectMany(r => r.SupportedEntities)
            .Distinct(StringComparer.Ordinal)
            .Where(entity => !doc.Contains($"| `{entity}` |", StringComparison.Ordinal))
            .ToArray();
        Assert.True(
            missing.Length == 0,
            "docs/entities.md is out of date; regenerate it with tools/Anonymizer.CatalogReport. Missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void Entities_doc_states_each_recognizers_default()
    {
        var doc = File.ReadAllText(RepoFiles.Path("docs/entities.md"));
        foreach (var recognizer in RecognizerCatalog.Create())
        {
            foreach (var entity in recognizer.SupportedEntities)
            {
                var row = doc.Split('\n').FirstOrDefault(l => l.StartsWith($"| `{entity}` | {recognizer.Name} |", StringComparison.Ordinal));
                Assert.True(row is not null, $"no row for {entity} / {recognizer.Name}");
                Assert.Contains(recognizer.EnabledByDefault ? "| on |" : "| off |", row, StringComparison.Ordinal);
            }
        }
    }
}
