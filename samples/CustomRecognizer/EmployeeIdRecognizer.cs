using Anonymizer.Analysis;

namespace Samples.CustomRecognizer;

/// <summary>
/// Finds employee ids such as <c>EMP-HR-004711</c>: "EMP-", a department of two or three capital letters, "-" and six
/// digits. It scans the span by hand (no regex, no allocation) and reports each id with score 0.9.
/// </summary>
public sealed class EmployeeIdRecognizer : Recognizer
{
    /// <summary>The entity type reported.</summary>
    public const string EntityType = "EMPLOYEE_ID";

    /// <summary>Creates the recognizer; "employee" and "staff" before an id raise its score.</summary>
    public EmployeeIdRecognizer()
        : base("EmployeeIdRecognizer", [EntityType], contextWords: ["employee", "staff"])
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, MatchSink sink)
    {
        var offset = 0;
        while (true)
        {
            var found = text[offset..].IndexOf("EMP-", StringComparison.Ordinal);
            if (found < 0)
            {
                return;
            }

            var start = offset + found;
            var length = MatchLength(text[start..]);
            var leftBoundary = start == 0 || !char.IsLetterOrDigit(text[start - 1]);
            if (length > 0 && leftBoundary)
            {
                sink.Add(new PiiMatch(EntityType, start, length, 0.9, Name, new MatchExplanation("EMP-dept-digits", ValidationOutcome.Undecided, 0.9)));
                offset = start + length;
            }
            else
            {
                offset = start + 4;
            }
        }
    }

    /// <summary>The length of an id at the start of <paramref name="s"/>, or 0 when there is none.</summary>
    private static int MatchLength(ReadOnlySpan<char> s)
    {
        var i = 4;
        var department = 0;
        while (i < s.Length && char.IsAsciiLetterUpper(s[i]) && department < 3)
        {
            i++;
            department++;
        }

        if (department < 2 || i >= s.Length || s[i] != '-')
        {
            return 0;
        }

        i++;
        for (var d = 0; d < 6; d++, i++)
        {
            if (i >= s.Length || !char.IsAsciiDigit(s[i]))
            {
                return 0;
            }
        }

        return i < s.Length && char.IsLetterOrDigit(s[i]) ? 0 : i;
    }
}
