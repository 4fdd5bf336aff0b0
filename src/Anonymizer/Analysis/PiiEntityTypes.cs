namespace Anonymizer.Analysis;

/// <summary>
/// Well-known entity type names. They are Presidio's names wherever Presidio has one, so that policies and
/// downstream tools can move over without renaming. Entity types are plain strings: a user recognizer may
/// report any other name.
/// </summary>
public static partial class PiiEntityTypes
{
    /// <summary>A person's name.</summary>
    public const string Person = "PERSON";
    /// <summary>A place: city, country, street, region.</summary>
    public const string Location = "LOCATION";
    /// <summary>A company, institution or other organisation.</summary>
    public const string Organization = "ORGANIZATION";
    /// <summary>A nationality, religious or political group.</summary>
    public const string Nrp = "NRP";
    /// <summary>An e-mail address.</summary>
    public const string EmailAddress = "EMAIL_ADDRESS";
    /// <summary>A telephone number of any supported region.</summary>
    public const string PhoneNumber = "PHONE_NUMBER";
    /// <summary>A payment card number (Luhn-validated).</summary>
    public const string CreditCard = "CREDIT_CARD";
    /// <summary>An International Bank Account Number (mod-97 validated).</summary>
    public const string IbanCode = "IBAN_CODE";
    /// <summary>An IPv4 or IPv6 address.</summary>
    public const string IpAddress = "IP_ADDRESS";
    /// <summary>A MAC (hardware) address.</summary>
    public const string MacAddress = "MAC_ADDRESS";
    /// <summary>A web address.</summary>
    public const string Url = "URL";
    /// <summary>A crypto-currency wallet address (Bitcoin Base58Check or Bech32).</summary>
    public const string Crypto = "CRYPTO";
    /// <summary>A date or time.</summary>
    public const string DateTime = "DATE_TIME";
    /// <summary>A US Social Security Number.</summary>
    public const string UsSsn = "US_SSN";
    /// <summary>A US Individual Taxpayer Identification Number.</summary>
    public const string UsItin = "US_ITIN";
    /// <summary>A US passport number.</summary>
    public const string UsPassport = "US_PASSPORT";
    /// <summary>A US driver's licence number.</summary>
    public const string UsDriverLicense = "US_DRIVER_LICENSE";
    /// <summary>A US bank account number.</summary>
    public const string UsBankNumber = "US_BANK_NUMBER";
    /// <summary>An ABA bank routing number (checksum validated).</summary>
    public const string AbaRoutingNumber = "ABA_ROUTING_NUMBER";
    /// <summary>A medical licence (DEA registration) number.</summary>
    public const string MedicalLicense = "MEDICAL_LICENSE";
    /// <summary>A US Medicare Beneficiary Identifier.</summary>
    public const string UsMbi = "US_MBI";
    /// <summary>A US National Provider Identifier.</summary>
    public const string UsNpi = "US_NPI";
    /// <summary>A UK National Health Service number (mod 11).</summary>
    public const string UkNhs = "UK_NHS";
}
