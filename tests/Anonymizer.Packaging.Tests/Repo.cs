using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Anonymizer.Packaging.Tests;

/// <summary>The repository this test runs from, and facts about its build.</summary>
internal static partial class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this test assembly (and so the referenced projects) was built in.</summary>
    public static string Configuration { get; } =
        typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "Configuration").Value!;

    /// <summary>The package version, from its one place: Directory.Build.props.</summary>
    public static string Version { get; } =
        XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("Version").Single().Value.Trim();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The fenced blocks of a Markdown file with the given info string (e.g. <c>csharp</c>), in order, with the heading above each.</summary>
    public static IReadOnlyList<(string Heading, string Code)> CodeBlocks(string markdownPath, string language)
    {
        var blocks = new List<(string, string)>();
        var heading = string.Empty;
        string? fence = null;
        var code = new System.Text.StringBuilder();
        foreach (var line in File.ReadLines(markdownPath))
        {
            if (fence is null)
            {
                if (line.StartsWith('#'))
                {
                    heading = line.TrimStart('#').Trim();
                }
                else if (FenceStart().Match(line) is { Success: true } m && m.Groups[2].Value.Trim() == language)
                {
                    fence = m.Groups[1].Value;
                    code.Clear();
                }
            }
            else if (line.TrimStart().StartsWith(fence, StringComparison.Ordinal))
            {
                blocks.Add((heading, code.ToString()));
                fence = null;
            }
            else
            {
                code.AppendLine(line);
            }
        }

        return blocks;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Anonymizer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Anonymizer.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\s*(```+)\s*([A-Za-z#+-]*)\s*$")]
    private static partial Regex FenceStart();
}
