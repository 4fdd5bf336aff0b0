using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Anonymizer.Packaging.Tests;

/// <summary>
/// Every <c>```csharp</c> block of README.md, docs/*.md and the packages' own READMEs (src/*/README.md) is a complete
/// program and compiles against the current library, so the documentation cannot rot. (Use another info string, e.g.
/// <c>```cs</c>, for a fragment.)
/// </summary>
public sealed class DocSnippetTests
{
    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Documents())
        {
            var count = Repo.CodeBlocks(Repo.PathOf(file), "csharp").Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles(string file, int index)
    {
        var (heading, code) = Repo.CodeBlocks(Repo.PathOf(file), "csharp")[index];
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: $"{file}#{index}");
        var usings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic; global using System.Threading; global using System.Threading.Tasks;",
            new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [tree, usings],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.True(result.Success, $"{file}, block {index} under \"{heading}\":{Environment.NewLine}{string.Join(Environment.NewLine, errors)}{Environment.NewLine}{code}");
    }

    [Fact]
    public void Readme_has_a_quick_start_and_the_docs_have_snippets()
    {
        Assert.NotEmpty(PackageInstallTests.ReadmeQuickStart().Expected);
        Assert.Contains(Snippets(), row => (string)row[0] == "README.md");
        Assert.Contains(Snippets(), row => (string)row[0] == "docs/getting-started.md");
    }

    private static IEnumerable<string> Documents()
    {
        yield return "README.md";
        foreach (var path in Directory.GetFiles(Repo.PathOf("docs"), "*.md").Order(StringComparer.Ordinal))
        {
            yield return "docs/" + Path.GetFileName(path);
        }

        // The README inside each package, shown on its NuGet page.
        foreach (var project in Directory.GetDirectories(Repo.PathOf("src")).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(project, "README.md")))
            {
                yield return "src/" + Path.GetFileName(project) + "/README.md";
            }
        }
    }

    private static MetadataReference[] LoadReferences()
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator))
        {
            paths.TryAdd(Path.GetFileName(path), path);
        }

        foreach (var path in Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
        {
            paths.TryAdd(Path.GetFileName(path), path);
        }

        var references = new List<MetadataReference>();
        foreach (var path in paths.Values)
        {
            try
            {
                _ = AssemblyName.GetAssemblyName(path);
                references.Add(MetadataReference.CreateFromFile(path));
            }
            catch (BadImageFormatException)
            {
            }
        }

        return [.. references];
    }
}
