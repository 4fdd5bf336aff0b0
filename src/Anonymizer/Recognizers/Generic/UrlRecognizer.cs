using System.Buffers;
using System.Text.RegularExpressions;
using Anonymizer.Analysis;
using Anonymizer.Validation;

namespace Anonymizer.Recognizers.Generic;

/// <summary>
/// URL: addresses with a scheme (<c>http</c>, <c>https</c>, <c>ftp</c>, <c>ws</c>…) and a dotted host or IPv4 address,
/// a quoted URL (quotes included, as Presidio reports it), and bare domains (<c>microsoft.com</c>,
/// <c>www.example.co.uk/path</c>) whose top-level domain is a known one. A domain right after <c>@</c> is part of an
/// e-mail address and is not reported.
/// </summary>
public static partial class UrlRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string Name = "UrlRecognizer";

    /// <summary>Creates the recognizer.</summary>
    public static PatternRecognizer Create() => new(new PatternRecognizerOptions
    {
        Name = Name,
        EntityType = PiiEntityTypes.Url,
        Patterns =
        [
            new RegexPattern("Standard Url", SchemeRegex(), 0.6, new PatternAnchor(":", char.IsAsciiLetter, 5, AnchoredSchemeRegex())
            {
                MinPrefixLength = 2,
                Precheck = IsSchemeSeparator,
                CanStartAfter = CanSchemeUrlStartAfter,
            }),
            new RegexPattern("Quoted Url", QuotedRegex(), 0.6, new PatternAnchor(":", IsQuotedPrefixChar, 6, AnchoredQuotedRegex())
            {
                MinPrefixLength = 3,
                Precheck = static (text, colon) => IsSchemeSeparator(text, colon) && IsQuotedSchemeSeparator(text, colon),
            }),
            new RegexPattern("Non schema URL", BareRegex(), 0.5, new PatternAnchor(".", IsLabelChar, 63, AnchoredBareRegex())
            {
                MinPrefixLength = 1,
                CanStartAfter = CanBareUrlStartAfter,
                Precheck = CanBeFirstDotOfHost,
            }),
        ],
        Invalidator = Invalidate,
        ContextWords = ["url", "website", "link", "site", "web", "domain", "http", "https"],
        Triggers = SearchValues.Create("."),
    });

    /// <summary>
    /// Invalid when the host of <paramref name="candidate"/> has no top-level domain of letters (URL with a scheme),
    /// when a bare domain's top-level domain is unknown, when a bare domain is only <c>www.</c> plus one label, or when it
    /// looks like a file name (<c>readme.md</c>, <c>setup.py</c>: two labels ending in a common file extension);
    /// undecided otherwise.
    /// </summary>
    public static ValidationOutcome Invalidate(ReadOnlySpan<char> candidate)
    {
        candidate = candidate.Trim("\"'");
        var scheme = candidate.IndexOf("://", StringComparison.Ordinal);
        var host = scheme >= 0 ? candidate[(scheme + 3)..] : candidate;
        var end = host.IndexOfAny("/?#:");
        if (end >= 0)
        {
            host = host[..end];
        }

        var at = host.LastIndexOf('@');
        if (at >= 0)
        {
            host = host[(at + 1)..];
        }

        var dot = host.LastIndexOf('.');
        if (dot <= 0)
        {
            return ValidationOutcome.Invalid;
        }

        var tld = host[(dot + 1)..];
        if (scheme >= 0)
        {
            if (IpAddresses.IsValidIPv4(host))
            {
                return ValidationOutcome.Undecided;
            }

            if (tld.Length < 2)
            {
                return ValidationOutcome.Invalid;
            }

            foreach (var c in tld)
            {
                if (!char.IsLetter(c) && !(c == '-' || char.IsAsciiDigit(c)))
                {
                    return ValidationOutcome.Invalid;
                }
            }

            return char.IsLetter(tld[0]) ? ValidationOutcome.Undecided : ValidationOutcome.Invalid;
        }

        if (!TopLevelDomains.IsKnown(tld))
        {
            return ValidationOutcome.Invalid;
        }

        // "readme.md", "setup.py": a file name, not a domain, when the country code is a common file extension.
        if (host.IndexOf('.') == dot && IsFileExtension(tld))
        {
            return ValidationOutcome.Invalid;
        }

        // "www.name" alone is a host-name prefix, not a domain.
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && host[4..].IndexOf('.') < 0)
        {
            return ValidationOutcome.Invalid;
        }

        return ValidationOutcome.Undecided;
    }

    private static bool IsFileExtension(ReadOnlySpan<char> tld) =>
        tld.Equals("md", StringComparison.OrdinalIgnoreCase) || tld.Equals("py", StringComparison.OrdinalIgnoreCase)
        || tld.Equals("sh", StringComparison.OrdinalIgnoreCase) || tld.Equals("rs", StringComparison.OrdinalIgnoreCase)
        || tld.Equals("ps", StringComparison.OrdinalIgnoreCase) || tld.Equals("pm", StringComparison.OrdinalIgnoreCase)
        || tld.Equals("so", StringComparison.OrdinalIgnoreCase) || tld.Equals("mk", StringComparison.OrdinalIgnoreCase);

    // The bare-domain pattern starts with a label, which the regex engine would try at every word; every match has a '.'
    // after its first label (at most 63 letters, digits and hyphens), so the scan looks for dots and walks back. A URL
    // with a scheme, quoted or not, has its "://" after at most five letters of scheme (and the quote): the scheme
    // pattern's leading letters would otherwise be tried at every h, f, w and s of the text.

    // A URL with a scheme has its first "://" right after the scheme (two to five ASCII letters), and its look-behind
    // rejects word characters and "+.-" before the scheme.
    private static bool CanSchemeUrlStartAfter(char c) => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '+' or '.' or '-') || c >= 128;

    // The first dot of a bare domain is followed by a label, and some dot of the host from there on by the top-level
    // domain, which starts with a letter: after "10.0.0.1", "3.14" or a full stop none is.
    private static bool CanBeFirstDotOfHost(ReadOnlySpan<char> text, int dot)
    {
        for (var scanned = 0; scanned < 512; scanned++)
        {
            if (dot + 1 >= text.Length)
            {
                return false;
            }

            var next = text[dot + 1];
            if (char.IsLetter(next))
            {
                return true;
            }

            if (!IsLabelChar(next))
            {
                return false;
            }

            var end = dot + 1;
            while (end < text.Length && IsLabelChar(text[end]))
            {
                end++;
            }

            if (end >= text.Length || text[end] != '.')
            {
                return false;
            }

            dot = end;
        }

        // A host of hundreds of numeric labels: let the expression decide.
        return true;
    }

    private static bool IsLabelChar(char c) => c == '-' || char.IsLetterOrDigit(c) || char.IsNumber(c);

    // The bare pattern's look-behind rejects word characters and ".@/:+-" before a match; of the label characters the walk
    // back passes, only numbers that are not decimal digits ("²") may precede one.
    private static bool CanBareUrlStartAfter(char c) => !(char.IsLetter(c) || char.IsDigit(c) || c is '_' or '.' or '@' or '/' or ':' or '+' or '-');

    private const string Label = @"[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?";
    private const string Host = "(?:" + Label + @"\.)+\p{L}[\p{L}\p{N}-]{0,62}";
    private const string Path = @"(?:[/?#](?:[^\s""'<>]*[^\s""'<>.,;:!?)\]}])?)?";
    private const string Port = "(?::[0-9]{1,5})?";

    private const string SchemePattern =
        @"(?<![\w+.-])(?:https?|ftps?|wss?|sftp)://(?:[^\s/?#@""'<>]+@)?(?:" + Host + @"|[0-9]{1,3}(?:\.[0-9]{1,3}){3})" + Port + Path + @"(?![\w-])";

    private const string BarePattern = @"(?<![\w.@/:+-])" + Host + Port + Path + @"(?![\w@-]|\.[\p{L}\p{N}])";

    [GeneratedRegex(SchemePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex SchemeRegex();

    [GeneratedRegex(@"\G" + SchemePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex AnchoredSchemeRegex();

    // No backreference to the opening quote: a case-insensitive backreference would stop the source generator.
    private const string QuotedBody = "(?:https?|ftps?|wss?|sftp)://" + Host + Port + Path;

    private const string QuotedPattern = @"(?:""" + QuotedBody + @"""|'" + QuotedBody + "')";

    [GeneratedRegex(QuotedPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex QuotedRegex();

    [GeneratedRegex(@"\G" + QuotedPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex AnchoredQuotedRegex();

    private static bool IsQuotedPrefixChar(char c) => c is '"' or '\'' || char.IsLetter(c);

    // The anchor of a URL with a scheme is the colon of its "://" (read from the analysis's shared index of colons).
    private static bool IsSchemeSeparator(ReadOnlySpan<char> text, int colon) => text[(colon + 1)..].StartsWith("//", StringComparison.Ordinal);

    // A quoted URL has its quote right before the scheme's two to five letters.
    private static bool IsQuotedSchemeSeparator(ReadOnlySpan<char> text, int separator)
    {
        var i = separator - 1;
        var letters = 0;
        while (i >= 0 && letters < 5 && char.IsLetter(text[i]))
        {
            i--;
            letters++;
        }

        return i >= 0 && letters >= 2 && text[i] is '"' or '\'';
    }

    [GeneratedRegex(BarePattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex BareRegex();

    [GeneratedRegex(@"\G" + BarePattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AnchoredBareRegex();
}
