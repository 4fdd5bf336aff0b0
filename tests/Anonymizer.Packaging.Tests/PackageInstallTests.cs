using System.IO.Compression;
using System.Xml.Linq;

namespace Anonymizer.Packaging.Tests;

/// <summary>
/// The packages as a user gets them: packed into a local feed, the tool installed with <c>dotnet tool install</c>
/// and run on the sample, and a fresh console project that references <c>Anonymizer</c> from the feed and runs the
/// README's quick start unchanged. The slowest tests of the solution; filter them out while iterating with
/// <c>--filter "Category!=Packaging"</c>.
/// </summary>
[Trait("Category", "Packaging")]
[Collection(PackagesCollection.Name)]
public sealed class PackageInstallTests(PackagesFixture packages)
{
    [Theory]
    [InlineData("Anonymizer", "lib/net10.0/Anonymizer")]
    [InlineData("Anonymizer.Tabular", "lib/net10.0/Anonymizer.Tabular")]
    [InlineData("Anonymizer.Extensions", "lib/net10.0/Anonymizer.Extensions")]
    [InlineData("Anonymizer.Ml", "lib/net10.0/Anonymizer.Ml")]
    [InlineData("Anonymizer.MlNet", "lib/net10.0/Anonymizer.MlNet")]
    [InlineData("Anonymizer.Cli.linux-x64", "tools/net10.0/linux-x64/anonymize")]
    [InlineData("Anonymizer.Cli.any", "tools/net10.0/any/anonymize")]
    public void Every_package_has_its_readme_licence_repository_docs_and_symbols(string id, string assembly)
    {
        var nupkg = Path.Combine(packages.Feed, $"{id}.{Repo.Version}.nupkg");
        Assert.True(File.Exists(nupkg), $"{nupkg} was not packed:{Environment.NewLine}{packages.PackOutput.All}");
        Assert.True(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), $"no symbol package for {id}");

        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("README.md", entries);
        Assert.Contains(assembly + ".dll", entries);
        if (!id.StartsWith("Anonymizer.Cli", StringComparison.Ordinal))
        {
            Assert.Contains(assembly + ".xml", entries);
        }

        var metadata = AssertMetadata(zip, id);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");

        // SourceLink: the symbol package's PDB maps the sources to the public repository at that commit.
        using var symbols = ZipFile.OpenRead(Path.ChangeExtension(nupkg, ".snupkg"));
        var pdb = symbols.Entries.First(e => e.FullName.EndsWith(assembly + ".pdb", StringComparison.Ordinal));
        var sourceLink = ReadSourceLink(pdb);
        Assert.True(sourceLink is not null, $"{id}: {pdb.FullName} holds no SourceLink map");
        Assert.Contains("https://", sourceLink, StringComparison.Ordinal);
        Assert.Contains(repository.Attribute("commit")!.Value, sourceLink, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_package_points_at_a_linux_x64_package_and_a_platform_independent_one()
    {
        var nupkg = Path.Combine(packages.Feed, $"Anonymizer.Cli.{Repo.Version}.nupkg");
        Assert.True(File.Exists(nupkg), $"{nupkg} was not packed:{Environment.NewLine}{packages.PackOutput.All}");
        using var zip = ZipFile.OpenRead(nupkg);
        Assert.Contains("README.md", zip.Entries.Select(e => e.FullName));
        AssertMetadata(zip, "Anonymizer.Cli");

        var settingsEntry = zip.GetEntry("tools/any/any/DotnetToolSettings.xml");
        Assert.True(settingsEntry is not null, "the tool package holds no tools/any/any/DotnetToolSettings.xml");
        using var settingsStream = settingsEntry.Open();
        var settings = XDocument.Load(settingsStream).Root!;
        Assert.Equal("anonymize", settings.Descendants().Single(e => e.Name.LocalName == "Command").Attribute("Name")?.Value);
        var platforms = settings.Descendants().Where(e => e.Name.LocalName == "RuntimeIdentifierPackage")
            .Select(e => $"{e.Attribute("RuntimeIdentifier")?.Value}={e.Attribute("Id")?.Value}").ToArray();
        Assert.Equal(["linux-x64=Anonymizer.Cli.linux-x64", "any=Anonymizer.Cli.any"], platforms);

        // The linux-x64 package is compiled ahead of time; the other runs on any platform's JIT.
        Assert.True(IsReadyToRun(ReadEntry(packages.Feed, "Anonymizer.Cli.linux-x64", "tools/net10.0/linux-x64/Anonymizer.dll")));
        Assert.False(IsReadyToRun(ReadEntry(packages.Feed, "Anonymizer.Cli.any", "tools/net10.0/any/Anonymizer.dll")));
    }

    // The package's nuspec metadata every package shares (version, licence, readme, description, tags, repository).
    private static XElement AssertMetadata(ZipArchive zip, string id)
    {
        using var nuspecStream = zip.GetEntry($"{id}.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal(Repo.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("pii", Value("tags") ?? string.Empty, StringComparison.Ordinal);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? string.Empty);
        return metadata;
    }

    private static byte[] ReadEntry(string feed, string id, string entry)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(feed, $"{id}.{Repo.Version}.nupkg"));
        var found = zip.GetEntry(entry);
        Assert.True(found is not null, $"{id} holds no {entry}");
        using var stream = found.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    // Whether an assembly carries ReadyToRun code: its CLI header points at a managed native header.
    private static bool IsReadyToRun(byte[] assembly)
    {
        using var reader = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(assembly));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    // The SourceLink JSON of a portable PDB (its custom debug information of kind SourceLink), or null.
    private static string? ReadSourceLink(ZipArchiveEntry pdb)
    {
        var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        using var buffer = new MemoryStream();
        using (var stream = pdb.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var provider = System.Reflection.Metadata.MetadataReaderProvider.FromPortablePdbStream(buffer);
        var reader = provider.GetMetadataReader();
        foreach (var handle in reader.CustomDebugInformation)
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == sourceLinkKind)
            {
                return System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        return null;
    }

    [Fact]
    public void The_tool_installs_from_the_feed_and_anonymizes_the_sample()
    {
        var toolPath = Path.Combine(packages.Root, "tools");
        var install = Dotnet.Run(packages.Root,
            ["tool", "install", "Anonymizer.Cli", "--tool-path", toolPath, "--add-source", packages.Feed, "--configfile", packages.FeedOnlyNuGetConfig, "--version", Repo.Version],
            packages.UserEnvironment);
        Assert.True(install.ExitCode == 0, install.All);

        // On Linux x64 (glibc or musl, whose runtime identifiers fall back to linux-x64) the install took the package
        // compiled ahead of time.
        var installed = Directory.GetFiles(Path.Combine(toolPath, ".store"), "Anonymizer.dll", SearchOption.AllDirectories);
        Assert.True(installed.Length == 1, string.Join(Environment.NewLine, installed));
        var platformPackage = OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64;
        Assert.Equal(platformPackage, IsReadyToRun(File.ReadAllBytes(installed[0])));

        var sample = Repo.PathOf("samples", "data", "sample.txt");
        var run = Dotnet.Exec(Path.Combine(toolPath, OperatingSystem.IsWindows() ? "anonymize.exe" : "anonymize"), packages.Root, ["run", sample], packages.UserEnvironment);
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("<EMAIL_ADDRESS>", run.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe@example.com", run.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("4111 1111 1111 1111", run.StdOut, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllLines(sample).Length, run.StdOut.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void A_fresh_console_project_runs_the_readme_quick_start_from_the_feed()
    {
        var (code, expected) = ReadmeQuickStart();
        var project = Path.Combine(packages.Root, "QuickStartUser");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "QuickStartUser.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Anonymizer" Version="{Repo.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(packages.NuGetConfig, Path.Combine(project, "nuget.config"), overwrite: true);
        File.WriteAllText(Path.Combine(project, "Program.cs"), code);

        var run = Dotnet.Run(project, ["run", "-c", "Release", "-nodeReuse:false", "-p:UseSharedCompilation=false"], packages.UserEnvironment);
        Assert.True(run.ExitCode == 0, run.All);
        var lines = run.StdOut.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(expected, lines);

        // The package came from the feed, not from anywhere else.
        var restored = Directory.GetFiles(Path.Combine(packages.Packages, "anonymizer", Repo.Version), "*.nupkg");
        Assert.Single(restored);
    }

    /// <summary>
    /// The README's quick start (the first C# block under a heading that names it) and the output its comments promise
    /// (<c>Console.WriteLine(...);   // expected</c>).
    /// </summary>
    internal static (string Code, string[] Expected) ReadmeQuickStart()
    {
        var block = Repo.CodeBlocks(Repo.PathOf("README.md"), "csharp")
            .First(b => b.Heading.Contains("quick start", StringComparison.OrdinalIgnoreCase));
        var expected = block.Code.ReplaceLineEndings("\n").Split('\n')
            .Where(l => l.TrimStart().StartsWith("Console.WriteLine", StringComparison.Ordinal) && l.Contains("//", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("//", StringComparison.Ordinal) + 2)..].Trim())
            .ToArray();
        Assert.NotEmpty(expected);
        return (block.Code, expected);
    }
}
