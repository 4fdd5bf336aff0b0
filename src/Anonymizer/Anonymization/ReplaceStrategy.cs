using System.Buffers;

namespace Anonymizer.Anonymization;

/// <summary>
/// Replaces a value by a template. <c>{type}</c> in the template stands for the entity type and <c>{n}</c> for the
/// value's number within the document (the same value gets the same number). The default template is
/// <c>&lt;{type}&gt;</c>; <see cref="Numbered"/> gives <c>&lt;{type}_{n}&gt;</c>.
/// </summary>
public sealed class ReplaceStrategy : AnonymizationStrategy
{
    /// <summary>The default template, <c>&lt;{type}&gt;</c>.</summary>
    public const string DefaultTemplate = "<{type}>";

    /// <summary>The numbered template, <c>&lt;{type}_{n}&gt;</c>.</summary>
    public const string NumberedTemplate = "<{type}_{n}>";

    private readonly string _template;
    private readonly bool _usesNumber;

    /// <summary>Creates a replace strategy.</summary>
    /// <param name="template">The template; <c>{type}</c> and <c>{n}</c> are substituted.</param>
    public ReplaceStrategy(string template = DefaultTemplate)
    {
        ArgumentNullException.ThrowIfNull(template);
        _template = template;
        _usesNumber = template.Contains("{n}", StringComparison.Ordinal);
    }

    /// <summary>The strategy with the default template.</summary>
    public static ReplaceStrategy Default { get; } = new();

    /// <summary>The strategy with per-document numbering.</summary>
    public static ReplaceStrategy Numbered { get; } = new(NumberedTemplate);

    /// <summary>The template.</summary>
    public string Template => _template;

    /// <inheritdoc />
    public override string Name => "replace";

    /// <inheritdoc />
    public override void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output)
    {
        var template = _template.AsSpan();
        var number = _usesNumber ? context.Document.NumberOf(context.EntityType, value) : 0;
        Span<char> digits = stackalloc char[11];
        while (!template.IsEmpty)
        {
            var brace = template.IndexOf('{');
            if (brace < 0)
            {
                output.Write(template);
                return;
            }

            output.Write(template[..brace]);
            template = template[brace..];
            if (template.StartsWith("{type}", StringComparison.Ordinal))
            {
                output.Write(context.EntityType);
                template = template[6..];
            }
            else if (template.StartsWith("{n}", StringComparison.Ordinal))
            {
                number.TryFormat(digits, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
                output.Write(digits[..written]);
                template = template[3..];
            }
            else
            {
                output.Write(template[..1]);
                template = template[1..];
            }
        }
    }
}
