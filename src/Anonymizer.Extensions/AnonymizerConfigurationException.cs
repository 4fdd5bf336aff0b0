namespace Anonymizer.Extensions;

/// <summary>
/// The <c>Anonymizer</c> configuration is invalid. The message starts with the configuration path of the problem,
/// e.g. <c>Anonymizer:Entities:CREDIT_CARD:keepLast: must be a non-negative integer</c>.
/// </summary>
public sealed class AnonymizerConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AnonymizerConfigurationException()
        : this("the Anonymizer configuration is invalid")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AnonymizerConfigurationException(string message)
        : base(message)
    {
        ConfigurationPath = string.Empty;
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public AnonymizerConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        ConfigurationPath = string.Empty;
    }

    /// <summary>Creates the exception for a configuration path.</summary>
    /// <param name="configurationPath">Where the problem is, e.g. <c>Anonymizer:KeyFile</c>.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public AnonymizerConfigurationException(string configurationPath, string reason, Exception? innerException)
        : base($"{configurationPath}: {reason}", innerException)
    {
        ConfigurationPath = configurationPath;
    }

    /// <summary>The configuration path of the problem, e.g. <c>Anonymizer:Analyzer:MinScore</c>.</summary>
    public string ConfigurationPath { get; }
}
