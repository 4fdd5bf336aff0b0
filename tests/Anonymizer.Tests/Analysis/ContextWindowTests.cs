using Anonymizer.Analysis;
using Anonymizer.Tests.Support;
using FsCheck;
using FsCheck.Xunit;

namespace Anonymizer.Tests.Analysis;

/// <summary>
/// The context lookup's shortcut: the words before a match are found where they begin (<see cref="ContextWindow.StartOfWordsBefore"/>),
/// and a search of them for any word of the set (<see cref="ContextWordSet.CanOccurIn"/>) rules out a lookup that would
/// find nothing, never one that would find a word.
/// </summary>
public sealed class ContextWindowTests
{
    private static readonly ContextWordSet Words = ContextWordSet.Create(["ident", "link", "customer number", "Straße", "box"]);

    // Words of the set in several cases and plurals, near misses, the Kelvin sign (which lower-cases to "k"), letters
    // and digits of other scripts, and separators.
    private static readonly string[] Pieces =
    [
        "ident", "IDENT", "Idents", "iden", "dent", "link", "LINKS", "lin\u212A", "\u212A", "lin", "customer", "Customer",
        "number", "NUMBERS", "customers", "straße", "STRASSE", "boxes", "box", "bo", "x", "é", "٣", "42", " ", "  ", "-",
        ": ", ".", "\n", "_", "\u00A0",
    ];

    [Property(MaxTest = 500)]
    public void The_words_from_the_start_are_the_last_words_before_the_end(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var text = Text(random);
        var end = random.Next(0, text.Length + 1);
        var count = random.Next(0, 7);
        var start = ContextWindow.StartOfWordsBefore(text, end, count);

        var all = ContextTokenizer.Tokenize(text.AsSpan(0, end));
        // The last word may be cut at the end, as the tokens of text[..end] are.
        Assert.Equal(all.Skip(Math.Max(0, all.Count - count)), ContextTokenizer.Tokenize(text.AsSpan(start, end - start)));
        Assert.InRange(start, 0, end);
    }

    [Property(MaxTest = 1000)]
    public void The_search_never_rules_out_a_word_the_lookup_finds(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        // Few pieces, so that a word found is often the only one of the set in the text.
        var text = Text(random, maxPieces: 5);
        var window = ContextWindow.ForThread();
        window.AddWordsOf(text);
        var found = Words.FindIn(window);
        if (found is not null)
        {
            Assert.True(Words.CanOccurIn(text), $"'{found}' is found, yet the search rules the text out");
        }
    }

    [Theory]
    [InlineData("see the ident", true)]
    [InlineData("SEE THE LINKS", true)]
    [InlineData("the customer's number", true)]
    [InlineData("just some words", false)]
    [InlineData("", false)]
    [InlineData("lin\u212A", true)]
    [InlineData("café au lait", true)]
    public void The_search_finds_words_ignoring_case_and_gives_way_outside_ascii(string text, bool expected) =>
        Assert.Equal(expected, Words.CanOccurIn(text));

    [Fact]
    public void An_empty_set_can_occur_nowhere() => Assert.False(ContextWordSet.Empty.CanOccurIn("ident link"));

    [Theory]
    [InlineData("the lin\u212A 123456", 0.65)]
    [InlineData("the LINK: 123456", 0.65)]
    [InlineData("the lint 123456", 0.3)]
    [InlineData("a customer, number 123456", 0.65)]
    [InlineData("a number, customer 123456", 0.3)]
    public void Scores_are_raised_exactly_where_the_lookup_finds_a_word(string text, double expected)
    {
        var analyzer = new AnonymizerBuilder().WithoutBuiltInRecognizers().AddRecognizer(TestRecognizers.SixDigits(contextWords: ["link", "customer number"])).BuildAnalyzer();
        Assert.Equal(expected, Assert.Single(analyzer.Analyze(text)).Score, 6);
    }

    private static string Text(Random random, int maxPieces = 13) =>
        string.Concat(Enumerable.Range(0, random.Next(0, maxPieces + 1)).Select(_ => Pieces[random.Next(Pieces.Length)]));
}
