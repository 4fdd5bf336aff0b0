using Microsoft.Extensions.Compliance.Classification;

namespace Anonymizer.Extensions.Redaction;

/// <summary>
/// A data classification for free text that may contain personal data, to map to <see cref="PiiRedactor"/>:
/// <c>r.SetRedactor&lt;PiiRedactor&gt;(new DataClassificationSet(PiiTaxonomy.FreeText))</c>.
/// </summary>
public static class PiiTaxonomy
{
    /// <summary>The taxonomy name: <c>Anonymizer</c>.</summary>
    public const string TaxonomyName = "Anonymizer";

    /// <summary>Free text that may contain personal data anywhere in it (messages, comments, descriptions).</summary>
    public static DataClassification FreeText { get; } = new(TaxonomyName, nameof(FreeText));
}

/// <summary>Marks a logged property or parameter as <see cref="PiiTaxonomy.FreeText"/> (for the logging source generator).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = true)]
public sealed class FreeTextAttribute : DataClassificationAttribute
{
    /// <summary>Creates the attribute.</summary>
    public FreeTextAttribute()
        : base(PiiTaxonomy.FreeText)
    {
    }
}
