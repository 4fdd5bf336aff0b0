namespace Anonymizer.Cli.Processing;

/// <summary>
/// The identifiers of people who withdrew consent (<c>--exclude-subjects</c>): e-mail addresses (compared without
/// case), phone numbers (compared by their last ten digits) and other ids (compared exactly, in the
/// <c>--subject-column</c>). Never printed or reported.
/// </summary>
internal sealed class SubjectList
{
    private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _phones = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    public static SubjectList Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--exclude-subjects: file not found: {path}");
        }

        var list = new SubjectList();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            list._ids.Add(line);
            if (line.Contains('@', StringComparison.Ordinal))
            {
                list._emails.Add(line);
            }
            else if (PhoneKey(line) is { } phone)
            {
                list._phones.Add(phone);
            }
        }

        return list;
    }

    public bool MatchesEmail(ReadOnlySpan<char> value) => _emails.Count > 0 && _emails.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value.Trim());

    public bool MatchesPhone(ReadOnlySpan<char> value) => _phones.Count > 0 && PhoneKey(value) is { } key && _phones.Contains(key);

    public bool MatchesId(string value) => _ids.Contains(value.Trim());

    /// <summary>The last ten digits of a phone number (all of them when fewer, at least seven), or null.</summary>
    internal static string? PhoneKey(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[32];
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return null;
                }

                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '+' or '/'))
            {
                return null;
            }
        }

        return count < 7 ? null : digits[Math.Max(0, count - 10)..count].ToString();
    }
}
