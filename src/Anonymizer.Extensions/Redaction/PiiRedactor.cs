using Microsoft.Extensions.Compliance.Redaction;

namespace Anonymizer.Extensions.Redaction;

/// <summary>
/// A <see cref="Redactor"/> for free text: it runs the registered <see cref="AnonymizationEngine"/> (analyzer and
/// policy) over the value and returns the rewritten text, so the e-mail address in a log message property becomes
/// <c>&lt;EMAIL_ADDRESS&gt;</c> (or whatever the policy says) while the rest of the text stays readable.
/// Register it for the classifications of your free-text properties:
/// <code>
/// services.AddAnonymizer(b => { });
/// services.AddRedaction(r => r.SetRedactor&lt;PiiRedactor&gt;(new DataClassificationSet(PiiTaxonomy.FreeText)));
/// </code>
/// Thread-safe.
/// </summary>
public sealed class PiiRedactor : Redactor
{
    // Redactor.Redact(string) asks for the length first and then redacts: remember the last result on this thread, so
    // the text is analysed once and both calls agree even under strategies with random output.
    [ThreadStatic]
    private static LastResult? t_last;

    private readonly AnonymizationEngine _engine;

    /// <summary>Creates the redactor over an engine.</summary>
    public PiiRedactor(AnonymizationEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
    }

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input) => Rewrite(input).Length;

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        var rewritten = Rewrite(source);
        if (rewritten.Length > destination.Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} characters; the redacted text needs {rewritten.Length}.", nameof(destination));
        }

        rewritten.CopyTo(destination);
        return rewritten.Length;
    }

    private string Rewrite(ReadOnlySpan<char> input)
    {
        if (input.IsEmpty)
        {
            return string.Empty;
        }

        var last = t_last;
        if (last is not null && ReferenceEquals(last.Owner, this) && input.SequenceEqual(last.Input))
        {
            return last.Output;
        }

        var text = input.ToString();
        var output = _engine.Anonymize(text).Text;
        t_last = new LastResult(this, text, output);
        return output;
    }

    private sealed record LastResult(PiiRedactor Owner, string Input, string Output);
}
