using Anonymizer.Analysis;
using Anonymizer.Ml.Markup;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace Anonymizer.Ml.Onnx;

/// <summary>
/// Runs your own BERT-style token-classification model (exported to ONNX) as a recognizer: BERT basic
/// pre-tokenization into words with their character offsets, WordPiece (Microsoft.ML.Tokenizers) per word, sliding
/// windows with stride over long texts (each sub-word keeps the prediction of the window where it has the most
/// context), the first sub-word's softmax label per word, and BIO aggregation of words into entities. A match's score
/// is the mean probability of its words' labels. HTML markup is not handed to the model unless
/// <see cref="OnnxTokenClassifierOptions.SkipMarkup"/> is off, nor are lines of encoded data unless
/// <see cref="OnnxTokenClassifierOptions.SkipEncodedLines"/> is; no match runs over a skipped tag (a character reference
/// such as <c>&amp;nbsp;</c> may join the words of one). Thread-safe; dispose it to release the ONNX session.
/// </summary>
public sealed class OnnxTokenClassifierRecognizer : Recognizer, IDisposable
{
    /// <summary>The default recognizer name.</summary>
    public const string DefaultName = "OnnxTokenClassifierRecognizer";

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly OnnxTokenClassifierOptions _options;
    private readonly string?[] _labelEntity;
    private readonly bool[] _labelBegins;
    private readonly string _outputName;
    private readonly bool _hasTokenTypes;
    private readonly bool _int32Inputs;

    /// <summary>Loads the model and vocabulary.</summary>
    public OnnxTokenClassifierRecognizer(OnnxTokenClassifierOptions options)
        : base(Validate(options).Name, SupportedOf(options))
    {
        _options = options;
        _tokenizer = BertTokenizer.Create(options.VocabularyPath, new BertOptions { LowerCaseBeforeTokenization = options.LowerCase });
        _session = new InferenceSession(options.ModelPath);
        _outputName = options.OutputName ?? _session.OutputMetadata.Keys.First();
        _hasTokenTypes = _session.InputMetadata.ContainsKey(options.TokenTypeIdsName);
        _int32Inputs = _session.InputMetadata.TryGetValue(options.InputIdsName, out var meta) && meta.ElementType == typeof(int);
        var mapping = options.EntityMapping ?? OnnxTokenClassifierOptions.DefaultEntityMapping;
        _labelEntity = new string?[options.Labels.Count];
        _labelBegins = new bool[options.Labels.Count];
        for (var i = 0; i < options.Labels.Count; i++)
        {
            var (type, begins) = ParseLabel(options.Labels[i]);
            _labelEntity[i] = type is not null && mapping.TryGetValue(type, out var entity) ? entity : null;
            _labelBegins[i] = begins;
        }
    }

    /// <summary>Whether HTML markup is left unread (<see cref="OnnxTokenClassifierOptions.SkipMarkup"/>).</summary>
    public bool SkipsMarkup => _options.SkipMarkup;

    /// <summary>Whether lines of encoded data are left unread (<see cref="OnnxTokenClassifierOptions.SkipEncodedLines"/>).</summary>
    public bool SkipsEncodedLines => _options.SkipEncodedLines;

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (text.IsEmpty)
        {
            return;
        }

        var words = SplitWords(text, _options.SkipMarkup, _options.SkipEncodedLines);
        if (words.Count == 0)
        {
            return;
        }

        // Sub-words of each word, and which word each sub-word belongs to.
        var ids = new List<long>();
        var wordOf = new List<int>();
        var firstSubword = new int[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            firstSubword[w] = -1;
            var (start, length, _) = words[w];
            var pieces = _tokenizer.EncodeToIds(text.Slice(start, length).ToString(), addSpecialTokens: false, considerPreTokenization: false, considerNormalization: true);
            if (pieces.Count == 0)
            {
                continue;
            }

            firstSubword[w] = ids.Count;
            foreach (var id in pieces)
            {
                ids.Add(id);
                wordOf.Add(w);
            }
        }

        var labelCount = _options.Labels.Count;
        var probabilities = new float[ids.Count * labelCount];
        var context = new int[ids.Count];
        Array.Fill(context, -1);
        var window = Math.Max(1, _options.MaxSequenceLength - 2);
        var step = Math.Max(1, window - Math.Clamp(_options.Stride, 0, window - 1));
        for (var offset = 0; offset < ids.Count; offset += step)
        {
            var end = Math.Min(ids.Count, offset + window);
            RunWindow(ids, offset, end, probabilities, context);
            if (end == ids.Count)
            {
                break;
            }
        }

        // Word labels from each word's first sub-word, then BIO aggregation.
        string? openType = null;
        int openStart = 0, openEnd = 0, openWords = 0;
        double openSum = 0;
        for (var w = 0; w < words.Count; w++)
        {
            string? type = null;
            var begins = false;
            var probability = 0f;
            if (firstSubword[w] >= 0)
            {
                var row = probabilities.AsSpan(firstSubword[w] * labelCount, labelCount);
                var best = 0;
                for (var l = 1; l < labelCount; l++)
                {
                    if (row[l] > row[best])
                    {
                        best = l;
                    }
                }

                type = _labelEntity[best];
                begins = _labelBegins[best];
                probability = row[best];
            }

            if (type is not null && openType is not null && !begins && !words[w].OpensSegment && string.Equals(type, openType, StringComparison.Ordinal))
            {
                openEnd = words[w].Start + words[w].Length;
                openSum += probability;
                openWords++;
                continue;
            }

            Flush();
            if (type is not null)
            {
                openType = type;
                openStart = words[w].Start;
                openEnd = words[w].Start + words[w].Length;
                openSum = probability;
                openWords = 1;
            }
        }

        Flush();

        void Flush()
        {
            if (openType is null)
            {
                return;
            }

            var score = Math.Clamp(Math.Round(openSum / openWords, 4), 0.0, 1.0);
            sink.Add(new PiiMatch(openType, openStart, openEnd - openStart, score, Name,
                new MatchExplanation("onnx-token-classifier", ValidationOutcome.Undecided, score)));
            openType = null;
        }
    }

    private void RunWindow(List<long> ids, int offset, int end, float[] probabilities, int[] context)
    {
        var length = end - offset + 2;
        var inputIds = new long[length];
        inputIds[0] = _tokenizer.ClassificationTokenId;
        for (var i = offset; i < end; i++)
        {
            inputIds[i - offset + 1] = ids[i];
        }

        inputIds[^1] = _tokenizer.SeparatorTokenId;
        var mask = new long[length];
        Array.Fill(mask, 1L);
        var shape = new[] { 1, length };
        var inputs = new List<NamedOnnxValue>
        {
            Input(_options.InputIdsName, inputIds, shape),
            Input(_options.AttentionMaskName, mask, shape),
        };
        if (_hasTokenTypes)
        {
            inputs.Add(Input(_options.TokenTypeIdsName, new long[length], shape));
        }

        using var results = _session.Run(inputs, [_outputName]);
        var logits = results[0].AsTensor<float>();
        var labelCount = _options.Labels.Count;
        if (logits.Rank != 3 || logits.Dimensions[1] != length || logits.Dimensions[2] != labelCount)
        {
            throw new InvalidOperationException($"The model's output '{_outputName}' has shape [{string.Join(", ", logits.Dimensions.ToArray())}]; expected [1, {length}, {labelCount}].");
        }

        for (var i = offset; i < end; i++)
        {
            var distance = Math.Min(i - offset, end - 1 - i);
            if (distance <= context[i])
            {
                continue;
            }

            context[i] = distance;
            var row = probabilities.AsSpan(i * labelCount, labelCount);
            var max = float.NegativeInfinity;
            for (var l = 0; l < labelCount; l++)
            {
                row[l] = logits[0, i - offset + 1, l];
                max = MathF.Max(max, row[l]);
            }

            var sum = 0f;
            for (var l = 0; l < labelCount; l++)
            {
                row[l] = MathF.Exp(row[l] - max);
                sum += row[l];
            }

            for (var l = 0; l < labelCount; l++)
            {
                row[l] /= sum;
            }
        }
    }

    private NamedOnnxValue Input(string name, long[] values, int[] shape)
    {
        if (_int32Inputs)
        {
            var narrow = new int[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                narrow[i] = (int)values[i];
            }

            return NamedOnnxValue.CreateFromTensor(name, new DenseTensor<int>(narrow, shape));
        }

        return NamedOnnxValue.CreateFromTensor(name, new DenseTensor<long>(values, shape));
    }

    /// <summary>
    /// BERT basic tokenization of the prose of <paramref name="text"/> (all of it when neither kind of skipping is on;
    /// see <see cref="ProseSegments"/>): split at white space, and every punctuation or symbol character is a word. No
    /// word runs over skipped markup; a word opens a segment when markup other than character references lies between
    /// it and the word before it (or it is the first), and then no entity runs on into it.
    /// </summary>
    internal static List<(int Start, int Length, bool OpensSegment)> SplitWords(ReadOnlySpan<char> text, bool skipMarkup, bool skipEncodedLines)
    {
        var words = new List<(int, int, bool)>();
        var segments = new ProseSegments(text, skipMarkup, skipEncodedLines);

        // A split from markup before a segment without words (white space between tags) carries on to the next word.
        var opens = false;
        while (segments.MoveNext(out var i, out var end, out _, out var continuesPrevious))
        {
            opens |= !continuesPrevious;
            while (i < end)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    i++;
                    continue;
                }

                if (char.IsPunctuation(c) || char.IsSymbol(c))
                {
                    words.Add((i, 1, opens));
                    opens = false;
                    i++;
                    continue;
                }

                var start = i;
                while (i < end && !char.IsWhiteSpace(text[i]) && !char.IsControl(text[i]) && !char.IsPunctuation(text[i]) && !char.IsSymbol(text[i]))
                {
                    i++;
                }

                words.Add((start, i - start, opens));
                opens = false;
            }
        }

        return words;
    }

    private static (string? Type, bool Begins) ParseLabel(string label)
    {
        if (string.IsNullOrEmpty(label) || label == "O")
        {
            return (null, false);
        }

        if (label.Length > 2 && (label[1] == '-' || label[1] == '_'))
        {
            return (label[2..], label[0] is 'B' or 'b' or 'S' or 's' or 'U' or 'u');
        }

        return (label, false);
    }

    private static OnnxTokenClassifierOptions Validate(OnnxTokenClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ModelPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.VocabularyPath);
        if (options.Labels is null || options.Labels.Count == 0)
        {
            throw new ArgumentException("The label map is empty.", nameof(options));
        }

        if (options.MaxSequenceLength < 3)
        {
            throw new ArgumentException("MaxSequenceLength must be at least 3.", nameof(options));
        }

        return options;
    }

    private static string[] SupportedOf(OnnxTokenClassifierOptions options)
    {
        var mapping = options.EntityMapping ?? OnnxTokenClassifierOptions.DefaultEntityMapping;
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var label in options.Labels)
        {
            var (type, _) = ParseLabel(label);
            if (type is not null && mapping.TryGetValue(type, out var entity))
            {
                set.Add(entity);
            }
        }

        if (set.Count == 0)
        {
            throw new ArgumentException("No label of the model maps to an entity type (see EntityMapping).", nameof(options));
        }

        return [.. set];
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();
}
