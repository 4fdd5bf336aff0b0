namespace Anonymizer.Anonymization;

/// <summary>
/// A policy file is invalid. <see cref="JsonPath"/> names where (e.g. <c>$.entities.CREDIT_CARD.keepLast</c>) and the
/// message says what is wrong, in the form <c>$.entities.CREDIT_CARD.keepLast: must be a non-negative integer</c>.
/// </summary>
public sealed class PolicyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PolicyException()
        : this("$", "the policy is invalid")
    {
    }

    /// <summary>Creates the exception with a message (path <c>$</c>).</summary>
    public PolicyException(string message)
        : this("$", message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception (path <c>$</c>).</summary>
    public PolicyException(string message, Exception innerException)
        : this("$", message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="jsonPath">Where in the file the problem is.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PolicyException(string jsonPath, string reason, Exception? innerException = null)
        : base($"{jsonPath}: {reason}", innerException)
    {
        JsonPath = jsonPath;
        Reason = reason;
    }

    /// <summary>The JSON path of the problem, e.g. <c>$.entities.CREDIT_CARD.keepLast</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Reason { get; }
}
