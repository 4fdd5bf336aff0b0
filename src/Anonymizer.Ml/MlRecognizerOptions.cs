namespace Anonymizer.Ml;

/// <summary>Settings of an <see cref="MlEntityRecognizer"/> (<see cref="MlRecognizers.CreateDefault(MlRecognizerOptions)"/>).</summary>
public sealed class MlRecognizerOptions
{
    /// <summary>
    /// Whether HTML markup is left unread (the default): tags of HTML elements and their attributes, declarations and
    /// the content of <c>style</c> and <c>script</c> elements, while the text between tags, what comments say and the
    /// values of the attributes that hold text for people (<c>alt</c>, <c>title</c>, <c>content</c>, <c>value</c>,
    /// <c>label</c>, <c>placeholder</c>, <c>summary</c>, <c>aria-label</c>) are read. Markup is not prose: read as
    /// prose, font names in it (<c>face="Arial"</c>, <c>font-family: Helvetica, Geneva</c>) were found as places and
    /// people (most of the 7,524 of the mail corpus's 70,717 entities that only reading markup finds), and replacing them
    /// broke the markup. Character references to spaces and punctuation (<c>&amp;nbsp;</c>) separate words. No match
    /// runs over a skipped tag. A text without markup is read the same either way (see <c>docs/ml.md</c>, "Markup").
    /// Only the token classifiers skip markup (this one, and an <see cref="Onnx.OnnxTokenClassifierRecognizer"/> with
    /// its own settings of the same names); the pattern recognizers read all of the text (a URL in an <c>href</c> is
    /// found). Set it to <see langword="false"/> to read every character as prose.
    /// </summary>
    public bool SkipMarkup { get; init; } = true;

    /// <summary>
    /// Whether lines of encoded data are left unread (the default): a line of at least 60 characters of the base64
    /// alphabet and nothing else (but its <c>=</c> padding), as in a MIME attachment or an encoded mail body. Such a line
    /// holds no words; read as prose, each of its runs of letters is a new word to the model, which cost a tenth of its
    /// time on the mail corpus (5.6% of whose bytes are such lines) for 25 findings in 66,539, and replacing a finding
    /// corrupted the data. Set it to <see langword="false"/> to read such lines too.
    /// </summary>
    public bool SkipEncodedLines { get; init; } = true;

    /// <summary>The default settings.</summary>
    public static MlRecognizerOptions Default { get; } = new();
}
