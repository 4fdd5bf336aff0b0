using System.Text;

namespace Anonymizer.Benchmarks;

/// <summary>
/// The benchmark input: the SpamAssassin e-mails installed by benchmarks/corpus.sh (ANONYMIZER_CORPUS or
/// benchmarks/.corpus), the first <see cref="MaxBytes"/> of them, loaded once per process.
/// </summary>
public static class Corpus
{
    public const long MaxBytes = 4_000_000;

    private static readonly Lazy<string[]> LazyTexts = new(Load);

    private static readonly Lazy<string[]> LazyLines = new(() => [.. Texts.SelectMany(t => t.Split('\n')).Where(l => l.Length > 0)]);

    public static string[] Texts => LazyTexts.Value;

    /// <summary>The non-empty lines of <see cref="Texts"/>, each a text of its own: short records, as table cells come.</summary>
    public static string[] Lines => LazyLines.Value;

    public static long Utf8Bytes => Texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    public static string Folder
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("ANONYMIZER_CORPUS");
            if (configured is not null)
            {
                return configured;
            }

            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Anonymizer.sln")))
            {
                folder = folder.Parent;
            }

            return Path.Combine(folder?.FullName ?? ".", "benchmarks", ".corpus");
        }
    }

    private static string[] Load()
    {
        var mail = Path.Combine(Folder, "mail");
        if (!Directory.Exists(mail))
        {
            throw new DirectoryNotFoundException($"No corpus at {mail}: run benchmarks/corpus.sh first.");
        }

        var texts = new List<string>();
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(mail, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            texts.Add(text);
            bytes += Encoding.UTF8.GetByteCount(text);
            if (bytes >= MaxBytes)
            {
                break;
            }
        }

        return [.. texts];
    }
}
