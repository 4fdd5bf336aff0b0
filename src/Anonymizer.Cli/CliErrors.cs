namespace Anonymizer.Cli;

/// <summary>The process exit codes of <c>anonymize</c> (a contract other tools rely on).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;
    /// <summary>An unexpected internal failure.</summary>
    public const int InternalError = 1;
    /// <summary>Bad usage or configuration; the message names the option.</summary>
    public const int Usage = 2;
    /// <summary>Bad input stopped the run; the message names file, line and reason.</summary>
    public const int BadInput = 3;
}

/// <summary>Bad usage or configuration (exit 2). The message names the option and never contains input data.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Bad input that stopped the run (exit 3). The message names the file, the line and the reason.</summary>
internal sealed class InputException(string file, long line, string reason)
    : Exception(line > 0 ? $"{file}:{line}: {reason}" : $"{file}: {reason}")
{
    public string File { get; } = file;

    public long Line { get; } = line;

    public string Reason { get; } = reason;
}
