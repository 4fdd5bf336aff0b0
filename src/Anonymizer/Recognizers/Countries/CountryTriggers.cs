using System.Buffers;

namespace Anonymizer.Recognizers.Countries;

/// <summary>Prefilters shared by the country recognizers: a text without any of these characters cannot hold a match.</summary>
internal static class CountryTriggers
{
    /// <summary>ASCII digits: every numeric identifier contains one.</summary>
    public static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
}
