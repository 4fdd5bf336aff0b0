namespace Anonymizer.Validation;

/// <summary>The Spanish DNI/NIF/NIE control letter: the number modulo 23 indexes "TRWAGMYFPDXBNJZSQVHLCKE".</summary>
public static class Mod23Letter
{
    private const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>The control letter of <paramref name="number"/>.</summary>
    public static char Compute(int number) => Letters[number % 23];

    /// <summary>Whether <paramref name="letter"/> (either case) is the control letter of <paramref name="number"/>.</summary>
    public static bool IsValid(int number, char letter) => number >= 0 && Compute(number) == char.ToUpperInvariant(letter);
}
