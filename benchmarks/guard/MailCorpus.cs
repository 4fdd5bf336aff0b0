using System.Text;

namespace Anonymizer.ThroughputGuard;

/// <summary>The SpamAssassin e-mails (installed by benchmarks/corpus.sh), as strings, with their UTF-8 size.</summary>
internal sealed class MailCorpus
{
    private MailCorpus(string folder, string[] texts, long bytes)
    {
        Folder = folder;
        Texts = texts;
        Utf8Bytes = bytes;
    }

    public string Folder { get; }

    public string[] Texts { get; }

    public long Utf8Bytes { get; }

    public string JsonlPath => Path.Combine(Folder, "mail.jsonl");

    /// <summary>Loads the e-mails, in name order, up to <paramref name="maxBytes"/> of UTF-8.</summary>
    public static MailCorpus Load(string folder, long maxBytes)
    {
        var mail = Path.Combine(folder, "mail");
        if (!Directory.Exists(mail))
        {
            throw new DirectoryNotFoundException($"No corpus at {mail}: run benchmarks/corpus.sh first.");
        }

        var texts = new List<string>();
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(mail, "*.txt").Order(StringComparer.Ordinal))
        {
            var raw = File.ReadAllBytes(file);
            texts.Add(Encoding.UTF8.GetString(raw));
            bytes += raw.Length;
            if (bytes >= maxBytes)
            {
                break;
            }
        }

        return new MailCorpus(folder, [.. texts], bytes);
    }
}
