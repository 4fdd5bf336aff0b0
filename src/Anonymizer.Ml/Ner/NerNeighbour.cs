namespace Anonymizer.Ml.Ner;

/// <summary>Where a neighbouring token is relative to the token whose features it gives (<see cref="NerFeatures.Neighbour"/>).</summary>
internal enum NerNeighbour
{
    /// <summary>The token before.</summary>
    Previous,

    /// <summary>The token after.</summary>
    Next,

    /// <summary>Two tokens before.</summary>
    SecondPrevious,

    /// <summary>Two tokens after.</summary>
    SecondNext,
}
