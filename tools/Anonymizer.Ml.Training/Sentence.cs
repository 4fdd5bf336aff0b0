using Anonymizer.Ml.Ner;

namespace Anonymizer.Ml.Training;

/// <summary>
/// A text cut into tokens (offsets into <see cref="Text"/>) with one BIO label index (<see cref="NerLabels"/>) per
/// token and whether each token starts a sentence.
/// </summary>
internal sealed record Sentence(string Text, int[] Starts, int[] Lengths, bool[] SentenceStarts, byte[] Labels)
{
    public int Count => Starts.Length;

    /// <summary>From corpus tokens: joined with single spaces.</summary>
    public static Sentence FromWords(IReadOnlyList<string> words, byte[] labels)
    {
        var starts = new int[words.Count];
        var lengths = new int[words.Count];
        var sentenceStarts = new bool[words.Count];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            starts[i] = text.Length;
            lengths[i] = words[i].Length;
            sentenceStarts[i] = i == 0 || words[i - 1] is "." or "!" or "?" or "..." or "!!" or "??";
            text.Append(words[i]);
        }

        return new Sentence(text.ToString(), starts, lengths, sentenceStarts, labels);
    }

    /// <summary>From raw text and entity spans (type index, start, end), tokenized like the recognizer does.</summary>
    public static Sentence FromText(string text, IReadOnlyList<(int Type, int Start, int End)> spans)
    {
        var starts = new List<int>();
        var lengths = new List<int>();
        var sentenceStarts = new List<bool>();
        var labels = new List<byte>();
        var position = 0;
        var sentenceStart = true;
        while (NerTokenizer.Next(text, ref position, out var start, out var length, out var lineBreak))
        {
            starts.Add(start);
            lengths.Add(length);
            sentenceStarts.Add(sentenceStart || lineBreak);
            var c = text[start];
            sentenceStart = c is '.' or '!' or '?' && text[start + length - 1] == c;
            byte label = NerLabels.Outside;
            foreach (var (type, s, e) in spans)
            {
                if (start >= s && start < e)
                {
                    var previousInSpan = labels.Count > 0 && starts[^2] >= s && starts[^2] < e;
                    label = (byte)(previousInSpan ? NerLabels.Inside(type) : NerLabels.Begin(type));
                    break;
                }
            }

            labels.Add(label);
        }

        return new Sentence(text, [.. starts], [.. lengths], [.. sentenceStarts], [.. labels]);
    }

    public string Word(int i) => Text.Substring(Starts[i], Lengths[i]);
}

/// <summary>Reads CoNLL files (token TAB tag, blank line between sentences) and maps their tags.</summary>
internal static class Conll
{
    private static readonly HashSet<string> NrpWords = BuildNrpWords();

    /// <summary>Reads a CoNLL file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="tagNrp">
    /// Whether to tag known nationalities, religions and political groups that the corpus leaves as O with NRP: BTC and
    /// WNUT-17 do not annotate NRP, so their O on "French" is no evidence against it (training and dev splits only).
    /// </param>
    public static List<Sentence> Read(string path, bool tagNrp = false)
    {
        var sentences = new List<Sentence>();
        var words = new List<string>();
        var labels = new List<byte>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            var tab = line.LastIndexOfAny(['\t', ' ']);
            if (tab <= 0)
            {
                continue;
            }

            var word = line[..tab].Trim();
            var label = MapTag(line[(tab + 1)..].Trim());
            if (tagNrp && label == NerLabels.Outside && word.Length > 2 && char.IsUpper(word[0]) && NrpWords.Contains(word))
            {
                label = (byte)NerLabels.Begin(3);
            }

            words.Add(word);
            labels.Add(label);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                var fixedLabels = labels.ToArray();
                // Repair I- after O (or after another type), which can appear once tags are dropped.
                for (var i = 0; i < fixedLabels.Length; i++)
                {
                    if (NerLabels.IsInside(fixedLabels[i]) && !NerLabels.Allowed(i == 0 ? -1 : fixedLabels[i - 1], fixedLabels[i]))
                    {
                        fixedLabels[i] = (byte)NerLabels.Begin(NerLabels.TypeOf(fixedLabels[i]));
                    }
                }

                sentences.Add(Sentence.FromWords(words, fixedLabels));
                words.Clear();
                labels.Clear();
            }
        }
    }

    private static HashSet<string> BuildNrpWords()
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in Lexicon.Nrp)
        {
            set.Add(word);
            set.Add(word + "s");
        }

        return set;
    }

    /// <summary>BTC: PER/LOC/ORG. WNUT-17: person→PER, location→LOC, corporation and group→ORG; others dropped.</summary>
    public static byte MapTag(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return NerLabels.Outside;
        }

        var type = tag[2..] switch
        {
            "PER" or "person" => 0,
            "LOC" or "location" => 1,
            "ORG" or "corporation" or "group" => 2,
            "NRP" => 3,
            _ => -1,
        };
        if (type < 0)
        {
            return NerLabels.Outside;
        }

        return (byte)(tag[0] == 'B' ? NerLabels.Begin(type) : NerLabels.Inside(type));
    }
}
