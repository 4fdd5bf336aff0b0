using System.Reflection;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;

namespace Anonymizer.Tests.Security;

/// <summary>
/// No regex of the catalog can hang on hostile input: every one is source-generated, and either runs on the
/// linear-time engine, is bounded by a match timeout, or has a pattern whose backtracking is statically bounded
/// (<see cref="RegexPattern.MaxStepsPerPosition"/> steps per position of the input, read by <see cref="RegexShape"/>).
/// Those without a timeout are also run, under a watchdog, over hostile inputs made of their own characters.
/// </summary>
public sealed class RegexSafetyTests
{
    private static readonly Assembly Library = typeof(PiiAnalyzer).Assembly;

    public static TheoryData<string> GeneratedRegexMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in RegexMethods())
        {
            data.Add($"{method.DeclaringType!.FullName}.{method.Name}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedRegexMethods))]
    public void Every_generated_regex_is_linear_time_bounded_or_has_a_timeout(string name)
    {
        var method = RegexMethods().Single(m => $"{m.DeclaringType!.FullName}.{m.Name}" == name);
        var regex = (Regex)method.Invoke(null, null)!;
        Assert.True(RegexPattern.IsBounded(regex), $"{name} has neither RegexOptions.NonBacktracking nor a match timeout, and its backtracking is not bounded.");
        Assert.True(regex.MatchTimeout <= TimeSpan.FromSeconds(2) || (regex.Options & RegexOptions.NonBacktracking) != 0, $"{name} has a timeout over 2 s.");
    }

    [Theory]
    [MemberData(nameof(GeneratedRegexMethods))]
    public async Task A_regex_without_a_timeout_never_hangs_on_hostile_input(string name)
    {
        var method = RegexMethods().Single(m => $"{m.DeclaringType!.FullName}.{m.Name}" == name);
        var regex = (Regex)method.Invoke(null, null)!;
        if (regex.MatchTimeout != Regex.InfiniteMatchTimeout || (regex.Options & RegexOptions.NonBacktracking) != 0)
        {
            return;
        }

        var shape = RegexShape.Of(regex);
        Assert.NotNull(shape);
        Assert.True(shape.WorstCaseSteps <= RegexPattern.MaxStepsPerPosition, $"{name}: {shape.WorstCaseSteps} steps per position");

        // Long runs of the characters the pattern itself accepts, alone and alternating, are where backtracking piles up.
        var accepted = Enumerable.Range(32, 95).Select(c => (char)c).Where(shape.Alphabet.Contains).ToArray();
        var inputs = new List<string> { new('1', 1 << 17), string.Concat(Enumerable.Repeat("1-", 1 << 16)), string.Concat(Enumerable.Repeat("1.", 1 << 16)) };
        if (accepted.Length > 0)
        {
            inputs.Add(new string(accepted[0], 1 << 17));
            inputs.Add(string.Concat(Enumerable.Range(0, 1 << 17).Select(i => accepted[i % accepted.Length])));
        }

        foreach (var input in inputs)
        {
            // WaitAsync throws TimeoutException when the watchdog expires.
            await Task.Run(() => regex.Count(input)).WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public void Most_catalog_regexes_run_without_a_timeout()
    {
        // The timeout's clock reads cost as much as a short match; only unbounded patterns should pay for them.
        var regexes = RegexMethods().Select(m => (Regex)m.Invoke(null, null)!).ToArray();
        var withoutTimeout = regexes.Count(r => r.MatchTimeout == Regex.InfiniteMatchTimeout && (r.Options & RegexOptions.NonBacktracking) == 0);
        Assert.True(withoutTimeout * 4 > regexes.Length * 3, $"only {withoutTimeout} of {regexes.Length} regexes run without a timeout");
    }

    [Theory]
    [InlineData(@"[0-9]{11}", true)]
    [InlineData(@"(?<![\w@=]|[0-9][.:/-])[0-9]{3}[-. ][0-9]{2}[-. ][0-9]{4}(?![\w@])", true)]
    [InlineData(@"\d+", false)]
    [InlineData(@"(?:a|a)*", false)]
    [InlineData(@"(?:a?){40}a{40}", false)]
    [InlineData(@"(?:[0-9]{1,3}\.){10}", false)]
    public void Only_patterns_with_bounded_backtracking_need_no_timeout(string pattern, bool bounded)
    {
        Assert.Equal(bounded, RegexPattern.IsBounded(new Regex(pattern, RegexOptions.CultureInvariant)));
    }

    [Fact]
    public void The_catalog_has_generated_regexes_to_check()
    {
        Assert.True(RegexMethods().Count() >= 20, "Expected the catalog's [GeneratedRegex] methods to be found by reflection.");
    }

    [Fact]
    public void Every_pattern_of_every_catalog_recognizer_is_source_generated_and_bounded()
    {
        var patterns = RecognizerCatalog.Create().OfType<PatternRecognizer>().SelectMany(r => r.Patterns.Select(p => (r.Name, Pattern: p))).ToArray();
        Assert.NotEmpty(patterns);
        foreach (var (recognizer, pattern) in patterns)
        {
            // A source-generated regex is an instance of a type the generator emitted into the library, not Regex itself.
            // The generator has no code path for the linear-time engine: a [GeneratedRegex] with NonBacktracking is built
            // by the runtime, which is just as safe.
            var generated = pattern.Regex.GetType() != typeof(Regex) && pattern.Regex.GetType().Assembly == Library;
            var linear = (pattern.Regex.Options & RegexOptions.NonBacktracking) != 0;
            Assert.True(generated || linear, $"{recognizer}/{pattern.Name} is neither source-generated nor linear-time.");
            Assert.True(RegexPattern.IsBounded(pattern.Regex), $"{recognizer}/{pattern.Name} is unbounded.");
        }
    }

    [Fact]
    public void User_supplied_expressions_are_bounded_too()
    {
        var withLookaround = UserRegex.Compile(@"(?<=id )\d+");
        var plain = UserRegex.Compile(@"\d+");
        Assert.True(RegexPattern.IsBounded(withLookaround));
        Assert.Equal(RegexOptions.NonBacktracking, plain.Options & RegexOptions.NonBacktracking);
    }

    private static IEnumerable<MethodInfo> RegexMethods() =>
        Library.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null && m.GetParameters().Length == 0);
}
