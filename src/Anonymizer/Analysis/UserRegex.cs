using System.Text.RegularExpressions;

namespace Anonymizer.Analysis;

/// <summary>
/// Compiles regular expressions that come from users (ad-hoc recognizers, allow lists) so that they can never hang:
/// the linear-time <see cref="RegexOptions.NonBacktracking"/> engine when the expression allows it, otherwise a
/// match timeout.
/// </summary>
internal static class UserRegex
{
    /// <summary>The timeout of a user expression that needs the backtracking engine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static Regex Compile(string pattern, bool ignoreCase = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | (ignoreCase ? RegexOptions.IgnoreCase : 0);
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options | RegexOptions.Compiled, Timeout);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"Invalid regular expression: {ex.Message}", nameof(pattern), ex);
        }
    }

    public static Regex CompileWhole(string pattern) => Compile($"^(?:{pattern})$");
}
