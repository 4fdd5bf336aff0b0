using System.CommandLine;

namespace Anonymizer.Cli;

/// <summary>
/// Parses and runs a command line, mapping failures to the documented exit codes with a one-line message and never a
/// stack trace for a user error.
/// </summary>
internal static class CommandLineHost
{
    public static int Invoke(RootCommand root, string[] args, TextWriter error)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"anonymize: {parsed.Errors[0].Message}");
            error.WriteLine("Run 'anonymize --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Error = error });
        }
        catch (UsageException ex)
        {
            error.WriteLine($"anonymize: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (InputException ex)
        {
            error.WriteLine($"anonymize: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"anonymize: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            // An internal failure: say what kind, never the data. ANONYMIZER_DEBUG=1 shows the stack for a bug report.
            error.WriteLine($"anonymize: internal error ({ex.GetType().Name}). Please report it; set ANONYMIZER_DEBUG=1 for details.");
            if (Environment.GetEnvironmentVariable("ANONYMIZER_DEBUG") == "1")
            {
                error.WriteLine(ex.ToString());
            }

            return ExitCodes.InternalError;
        }
    }
}
