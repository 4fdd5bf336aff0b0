using System.Text.RegularExpressions;

namespace Anonymizer.Benchmarks;

/// <summary>The reference workload every benchmark class is compared with: one compiled e-mail regex scan over the corpus.</summary>
public static class ReferenceScan
{
    private static readonly Regex Email = new(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static int Run()
    {
        var count = 0;
        foreach (var text in Corpus.Texts)
        {
            count += Email.Count(text);
        }

        return count;
    }
}
