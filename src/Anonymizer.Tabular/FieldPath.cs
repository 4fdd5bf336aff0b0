namespace Anonymizer.Tabular;

/// <summary>
/// A path to a field of a JSON record: property names separated by dots (<c>meta.author</c>). A name that itself
/// contains a dot is written with a backslash before the dot (<c>a\.b</c>).
/// </summary>
public sealed class FieldPath
{
    private FieldPath(string text, string[] segments)
    {
        Text = text;
        Segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>The property names, outermost first.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>Parses a dotted path.</summary>
    /// <exception cref="ArgumentException">The path is empty or has an empty segment.</exception>
    public static FieldPath Parse(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var segments = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '\\' && i + 1 < path.Length && path[i + 1] == '.')
            {
                current.Append('.');
                i++;
            }
            else if (c == '.')
            {
                segments.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        segments.Add(current.ToString());
        if (segments.Exists(string.IsNullOrEmpty))
        {
            throw new ArgumentException($"Field path '{path}' has an empty segment.", nameof(path));
        }

        return new FieldPath(path, [.. segments]);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
