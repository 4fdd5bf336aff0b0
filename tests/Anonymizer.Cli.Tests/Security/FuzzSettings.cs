namespace Anonymizer.Cli.Tests.Security;

/// <summary>
/// How many cases a fuzz property tries: small in CI, raised for a campaign with the environment variable
/// <c>ANONYMIZER_FUZZ_MAXTEST</c> (see docs/security.md).
/// </summary>
internal static class FuzzSettings
{
    public static int MaxTest(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("ANONYMIZER_FUZZ_MAXTEST"), out var n) && n > 0 ? n : ciDefault;
}
