namespace Anonymizer.Anonymization;

/// <summary>
/// State shared by the replacements of one document: the same value of the same type gets the same number within it
/// (<c>&lt;PERSON_1&gt;</c>, <c>&lt;PERSON_2&gt;</c>, …). Not thread-safe; one per document.
/// </summary>
public sealed class DocumentScope
{
    private Dictionary<string, Dictionary<string, int>>? _numbers;

    /// <summary>
    /// The number of <paramref name="value"/> among the distinct values of <paramref name="entityType"/> seen in this
    /// document so far, starting at 1.
    /// </summary>
    public int NumberOf(string entityType, ReadOnlySpan<char> value)
    {
        _numbers ??= new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        if (!_numbers.TryGetValue(entityType, out var values))
        {
            values = new Dictionary<string, int>(StringComparer.Ordinal);
            _numbers.Add(entityType, values);
        }

        var lookup = values.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(value, out var number))
        {
            number = values.Count + 1;
            lookup[value] = number;
        }

        return number;
    }
}
