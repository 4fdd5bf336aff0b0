namespace Anonymizer.Tests.Recognizers.Countries;

/// <summary>Finds files of the repository from the test output directory.</summary>
internal static class RepoFiles
{
    /// <summary>The repository root: the nearest ancestor directory holding Anonymizer.sln.</summary>
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Anonymizer.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Anonymizer.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The full path of a file given relative to the repository root.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);
}
