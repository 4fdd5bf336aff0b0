using System.Text.RegularExpressions;

namespace Anonymizer.Packaging.Tests;

/// <summary>
/// Packs every shipped project once, in Release, into a temporary folder feed, and sets up what a user's machine would
/// have: a NuGet configuration that takes the Anonymizer packages from that feed only (everything else from the
/// machine's own sources) and a packages folder of its own, so a package cached by an earlier run is never used.
/// </summary>
public sealed partial class PackagesFixture : IDisposable
{
    public static readonly string[] PackageIds = ["Anonymizer", "Anonymizer.Tabular", "Anonymizer.Extensions", "Anonymizer.Ml", "Anonymizer.MlNet", "Anonymizer.Cli", "Anonymizer.Cli.linux-x64", "Anonymizer.Cli.any"];

    public PackagesFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "anonymizer-packaging-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        // Pack builds what it needs: the tool's platform-specific packages (linux-x64, any) are built for their runtime
        // identifiers, which the solution's build does not produce; in Release everything else was just built and is up
        // to date, so it is packed as tested.
        List<string> arguments = ["pack", Repo.PathOf("Anonymizer.Packages.slnf"), "-c", "Release", "-o", Feed, "-nodeReuse:false", "-p:UseSharedCompilation=false"];

        PackOutput = Dotnet.Run(Repo.Root, arguments, timeout: TimeSpan.FromMinutes(15));
        if (PackOutput.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:" + System.Environment.NewLine + PackOutput.All);
        }

        NuGetConfig = Path.Combine(Root, "nuget.config");
        File.WriteAllText(NuGetConfig, UserNuGetConfig());
        FeedOnlyNuGetConfig = Path.Combine(Root, "feed-only.nuget.config");
        File.WriteAllText(FeedOnlyNuGetConfig, """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><clear /></packageSources>
            </configuration>
            """);

        // Neither this folder nor any above it may lend its MSBuild or central package settings to the user projects.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    /// <summary>Anonymizer* from the feed only; everything else from the machine's sources.</summary>
    public string NuGetConfig { get; }

    /// <summary>No sources at all (a tool install adds the feed with --add-source).</summary>
    public string FeedOnlyNuGetConfig { get; }

    public Dotnet.Result PackOutput { get; }

    /// <summary>The environment of a user's command: its own packages folder.</summary>
    public IDictionary<string, string?> UserEnvironment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = Packages,
        [Keys.AnonymizationKey.EnvironmentVariable] = null,
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private string UserNuGetConfig()
    {
        // The machine's enabled sources (whatever mirror it uses), read at run time.
        var list = Dotnet.Run(Root, ["nuget", "list", "source", "--format", "short"]);
        var upstream = new List<string>();
        foreach (var line in list.StdOut.Split('\n'))
        {
            var m = EnabledSource().Match(line.Trim());
            if (m.Success && !m.Groups[1].Value.Equals(Feed, StringComparison.Ordinal))
            {
                upstream.Add(m.Groups[1].Value);
            }
        }

        var sources = string.Join(System.Environment.NewLine, upstream.Select((url, i) => $"""    <add key="upstream{i}" value="{url}" />"""));
        var mappings = string.Join(System.Environment.NewLine, upstream.Select((_, i) => $"""    <packageSource key="upstream{i}"><package pattern="*" /></packageSource>"""));

        // Reuse what the machine already downloaded (read-only), unless it holds an Anonymizer package from elsewhere.
        var global = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var fallback = Directory.Exists(global) && !PackageIds.Any(id => Directory.Exists(Path.Combine(global, id.ToLowerInvariant())))
            ? $"""  <fallbackPackageFolders><add key="machine" value="{global}" /></fallbackPackageFolders>"""
            : string.Empty;

        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local-feed" value="{Feed}" />
            {sources}
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local-feed"><package pattern="Anonymizer" /><package pattern="Anonymizer.*" /></packageSource>
            {mappings}
              </packageSourceMapping>
            {fallback}
            </configuration>
            """;
    }

    [GeneratedRegex(@"^E\s+(\S+)$")]
    private static partial Regex EnabledSource();
}

[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "Packages";
}
