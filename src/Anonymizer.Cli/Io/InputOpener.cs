using System.Text;

namespace Anonymizer.Cli.Io;

/// <summary>Opens the input: a file path, or '-' for standard input, read as UTF-8.</summary>
internal static class InputOpener
{
    public static TextReader Open(string input)
    {
        if (input == "-")
        {
            return new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }

        var stream = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
