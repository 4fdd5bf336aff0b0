namespace Anonymizer.Ml.Ner;

/// <summary>Word lists a token can belong to; several at once.</summary>
[Flags]
internal enum GazetteerFlags : ushort
{
    None = 0,
    FirstName = 1 << 0,
    LastName = 1 << 1,
    City = 1 << 2,
    Country = 1 << 3,
    State = 1 << 4,
    CompanySuffix = 1 << 5,
    OrganizationWord = 1 << 6,
    Nationality = 1 << 7,
    Title = 1 << 8,
    LocationWord = 1 << 9,
    StopWord = 1 << 10,
    Month = 1 << 11,
}
