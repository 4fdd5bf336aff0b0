using System.Reflection;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Recognizers;

namespace Anonymizer.Tests.Security;

/// <summary>
/// No regex of the catalog can hang on hostile input: every one is source-generated, and either runs on the
/// linear-time engine or is bounded by a match timeout.
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
    public void Every_generated_regex_is_linear_time_or_has_a_timeout(string name)
    {
        var method = RegexMethods().Single(m => $"{m.DeclaringType!.FullName}.{m.Name}" == name);
        var regex = (Regex)method.Invoke(null, null)!;
        Assert.True(RegexPattern.IsBounded(regex), $"{name} has neither RegexOptions.NonBacktracking nor a match timeout.");
        Assert.True(regex.MatchTimeout <= TimeSpan.FromSeconds(2) || (regex.Options & RegexOptions.NonBacktracking) != 0, $"{name} has a timeout over 2 s.");
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
