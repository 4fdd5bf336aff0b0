using System.Buffers;
using Anonymizer.Analysis;
using Anonymizer.Ml.Ner;

namespace Anonymizer.Ml;

/// <summary>
/// PERSON, LOCATION, ORGANIZATION and NRP from a token classifier trained with Microsoft.ML (see <c>docs/ml.md</c>):
/// hashed lexical, shape and gazetteer features, a linear model evaluated directly, and BIO-constrained Viterbi
/// decoding. HTML and XML markup is not read unless <see cref="MlRecognizerOptions.SkipMarkup"/> is off (the text
/// between tags and text attributes such as <c>alt</c> and <c>title</c> are), and no match runs over markup. A match's
/// score is the mean softmax probability of its tokens' labels, in [0, 1]. Thread-safe, and its
/// settings never change; create it with <see cref="MlRecognizers.CreateDefault()"/>. Each thread that runs a model keeps
/// about 3 MB of tables for it from one text to the next, shared by every recognizer of that model (the sums of the
/// words and word trigrams it has met and the facts of short tokens: in memory only, never written out or logged),
/// which never change what a text is found to hold.
/// </summary>
public sealed class MlEntityRecognizer : Recognizer
{
    /// <summary>The recognizer name reported with each match.</summary>
    public const string RecognizerName = "MlEntityRecognizer";

    /// <summary>The pattern name in each match's explanation.</summary>
    public const string PatternName = "ner-token-classifier";

    private const int BlockTarget = 1024;
    private const int BlockMax = 2048;

    private readonly NerModel _model;
    private readonly bool _skipMarkup;
    private readonly bool _skipEncodedLines;

    internal MlEntityRecognizer(NerModel model, MlRecognizerOptions options)
        : base(RecognizerName, NerLabels.EntityTypes)
    {
        _model = model;
        _skipMarkup = options.SkipMarkup;
        _skipEncodedLines = options.SkipEncodedLines;
    }

    /// <summary>Whether HTML and XML markup is left unread (<see cref="MlRecognizerOptions.SkipMarkup"/>).</summary>
    public bool SkipsMarkup => _skipMarkup;

    /// <summary>Whether lines of encoded data are left unread (<see cref="MlRecognizerOptions.SkipEncodedLines"/>).</summary>
    public bool SkipsEncodedLines => _skipEncodedLines;

    /// <summary>The description stored with the model (trainer, data, seed).</summary>
    public string ModelDescription => _model.Description;

    internal NerModel Model => _model;

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (text.IsEmpty)
        {
            return;
        }

        // The model's tables for this thread, kept from one text to the next: the words of mail and of a corpus's
        // records recur across texts, and need describing and their sums adding up only once. Put back only when the
        // text was read to its end.
        var tables = _model.TakeThreadTables();
        Analyze(text, sink, tables);
        _model.KeepThreadTables(tables);
    }

    /// <summary>Reads <paramref name="text"/> with the given tables (tests give new ones, to read it as a new recognizer would).</summary>
    internal void Analyze(ReadOnlySpan<char> text, MatchSink sink, NerThreadTables tables)
    {
        var tokens = ArrayPool<NerToken>.Shared.Rent(BlockMax);
        var logits = ArrayPool<float>.Shared.Rent(BlockMax * NerLabels.Count);
        var backPointers = ArrayPool<byte>.Shared.Rent(BlockMax * NerLabels.Count);
        var labels = ArrayPool<byte>.Shared.Rent(BlockMax);
        var opensSegment = ArrayPool<bool>.Shared.Rent(BlockMax);
        var words = tables.Words;
        var described = tables.Tokens;
        try
        {
            var count = 0;
            var stream = new NerTokenStream(text, _skipMarkup, _skipEncodedLines);
            while (stream.MoveNext(out var start, out var length, out var startsSentence, out var opens))
            {
                if (count >= BlockMax || (count >= BlockTarget && startsSentence))
                {
                    DecodeBlock(text, tokens.AsSpan(0, count), opensSegment, words, logits, backPointers, labels, sink);
                    count = 0;
                }

                opensSegment[count] = opens;
                tokens[count++] = described.Describe(text, start, length, startsSentence);
            }

            DecodeBlock(text, tokens.AsSpan(0, count), opensSegment, words, logits, backPointers, labels, sink);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(opensSegment);
            ArrayPool<byte>.Shared.Return(labels);
            ArrayPool<byte>.Shared.Return(backPointers);
            ArrayPool<float>.Shared.Return(logits);
            ArrayPool<NerToken>.Shared.Return(tokens);
        }
    }

    // An entity never runs from one segment into the next: the markup between them is not part of it (a name split by
    // an inline tag, "<b>Ada</b> Lovelace", is two matches, and replacing them leaves the markup whole).
    private void DecodeBlock(ReadOnlySpan<char> text, ReadOnlySpan<NerToken> tokens, bool[] opensSegment, NerWordSums words, float[] logits, byte[] backPointers, byte[] labels, MatchSink sink)
    {
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        _model.Decode(tokens, words, logits, backPointers, labels);
        var i = 0;
        while (i < n)
        {
            int label = labels[i];
            if (label == NerLabels.Outside)
            {
                i++;
                continue;
            }

            var type = NerLabels.TypeOf(label);
            var inside = NerLabels.Inside(type);
            var sum = NerModel.Probability(logits.AsSpan(i * NerLabels.Count, NerLabels.Count), label);
            var j = i + 1;
            while (j < n && labels[j] == inside && !opensSegment[j])
            {
                sum += NerModel.Probability(logits.AsSpan(j * NerLabels.Count, NerLabels.Count), inside);
                j++;
            }

            var start = tokens[i].Start;
            var end = tokens[j - 1].Start + tokens[j - 1].Length;
            var score = Math.Clamp(Math.Round(sum / (j - i), 4), 0.0, 1.0);
            if (HasLetterOrDigit(text[start..end]))
            {
                sink.Add(new PiiMatch(NerLabels.EntityTypes[type], start, end - start, score, RecognizerName,
                    new MatchExplanation(PatternName, ValidationOutcome.Undecided, score)));
            }

            i = j;
        }
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
