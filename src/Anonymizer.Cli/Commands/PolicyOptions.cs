using System.CommandLine;
using Anonymizer.Anonymization;
using Anonymizer.Keys;

namespace Anonymizer.Cli.Commands;

/// <summary>The policy file and the key, shared by <c>run</c> and <c>decrypt</c>.</summary>
internal sealed class PolicyOptions
{
    public Option<string?> Policy { get; } = new("--policy")
    {
        Description = "Policy file (JSON) mapping entity types to strategies; see docs/policy.md. Default: replace every entity with <TYPE>.",
    };

    public Option<string?> KeyFile { get; } = new("--key-file")
    {
        Description = $"File holding the key (base64 of at least 256 bits) for keyed strategies (hash, pseudonymize, encrypt, shift-date). Default: the {AnonymizationKey.EnvironmentVariable} environment variable. There is no built-in key.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Policy);
        command.Options.Add(KeyFile);
    }

    /// <summary>The key from --key-file or ANONYMIZER_KEY, or null when neither is given.</summary>
    public AnonymizationKey? ReadKey(ParseResult result)
    {
        var path = result.GetValue(KeyFile);
        try
        {
            if (path is not null)
            {
                if (!File.Exists(path))
                {
                    throw new UsageException($"--key-file: file not found: {path}");
                }

                return AnonymizationKey.FromFile(path);
            }

            return AnonymizationKey.TryFromEnvironment();
        }
        catch (ArgumentException ex)
        {
            var source = path is null ? AnonymizationKey.EnvironmentVariable : "--key-file";
            throw new UsageException($"{source}: {Trim(ex.Message)}");
        }
    }

    /// <summary>The policy from --policy (or the fail-closed default), with the key for its keyed strategies.</summary>
    public AnonymizationPolicy ReadPolicy(ParseResult result, AnonymizationKey? key)
    {
        var path = result.GetValue(Policy);
        if (path is null)
        {
            return AnonymizationPolicy.ReplaceAll;
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"--policy: file not found: {path}");
        }

        try
        {
            return PolicyFile.Load(path, key);
        }
        catch (PolicyException ex)
        {
            throw new UsageException($"--policy: {path}: {ex.Message}");
        }
        catch (KeyRequiredException ex)
        {
            throw new UsageException($"--policy: {path}: {ex.Message}");
        }
    }

    private static string Trim(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
