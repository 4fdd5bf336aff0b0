using System.Buffers;
using System.Globalization;
using Anonymizer.Analysis;

namespace Anonymizer.Anonymization;

/// <summary>
/// Keeps a coarser form of the value: a date becomes its year (<c>2024</c>) or month (<c>2024-03</c>), a postcode its
/// prefix (<c>941**</c>), an age its band (<c>30-39</c>, <c>90+</c>). A value that cannot be read as its kind is replaced
/// by its tag (fail closed).
/// </summary>
public sealed class GeneralizeStrategy : AnonymizationStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public GeneralizeStrategy(GeneralizeOptions? options = null)
    {
        Options = options ?? new GeneralizeOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public GeneralizeOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "generalize";

    /// <inheritdoc />
    public override void Rewrite(ReadOnlySpan<char> value, in ReplacementContext context, IBufferWriter<char> output)
    {
        var kind = Options.Kind;
        if (kind == GeneralizeKind.Auto)
        {
            kind = context.EntityType == PiiEntityTypes.DateTime ? GeneralizeKind.Date
                : context.EntityType.Contains("AGE", StringComparison.Ordinal) ? GeneralizeKind.Age
                : GeneralizeKind.Postcode;
        }

        var done = kind switch
        {
            GeneralizeKind.Date => TryDate(value, output),
            GeneralizeKind.Age => TryAge(value, output),
            _ => TryPostcode(value, output),
        };
        if (!done)
        {
            ReplaceStrategy.Default.Rewrite(value, context, output);
        }
    }

    private bool TryDate(ReadOnlySpan<char> value, IBufferWriter<char> output)
    {
        if (!DateFormats.TryParse(value, Options.DayFirst, out var date, out _))
        {
            return false;
        }

        output.Write(date.ToString(Options.Date == DateGranularity.Month ? "yyyy-MM" : "yyyy", CultureInfo.InvariantCulture));
        return true;
    }

    private bool TryAge(ReadOnlySpan<char> value, IBufferWriter<char> output)
    {
        var start = 0;
        while (start < value.Length && !char.IsAsciiDigit(value[start]))
        {
            start++;
        }

        var end = start;
        while (end < value.Length && char.IsAsciiDigit(value[end]))
        {
            end++;
        }

        if (end == start || end - start > 3 || !int.TryParse(value[start..end], NumberStyles.None, CultureInfo.InvariantCulture, out var age))
        {
            return false;
        }

        if (age >= Options.AgeCap)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{Options.AgeCap}+"));
            return true;
        }

        var low = age / Options.AgeBand * Options.AgeBand;
        var high = Math.Min(low + Options.AgeBand - 1, Options.AgeCap - 1);
        output.Write(low == high
            ? low.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{low}-{high}"));
        return true;
    }

    private bool TryPostcode(ReadOnlySpan<char> value, IBufferWriter<char> output)
    {
        var trimmed = value.Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        // A postcode with an inner space (UK, Canada, …) keeps its first part; otherwise the first PostcodeLength
        // letters and digits are kept. Everything else that is a letter or digit becomes '*'.
        var space = trimmed.IndexOf(' ');
        var span = output.GetSpan(value.Length);
        var kept = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsLetterOrDigit(c))
            {
                span[i] = c;
                continue;
            }

            var offset = i - (value.Length - value.TrimStart().Length);
            var keep = space > 0 ? offset < space : kept < Options.PostcodeLength;
            span[i] = keep ? c : '*';
            kept++;
        }

        output.Advance(value.Length);
        return true;
    }
}
