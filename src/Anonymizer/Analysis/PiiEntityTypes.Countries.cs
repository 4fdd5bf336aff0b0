namespace Anonymizer.Analysis;

/// <summary>Entity type names of country-specific identifiers (Presidio's names where Presidio has one).</summary>
public static partial class PiiEntityTypes
{
    /// <summary>A UK National Insurance number (two prefix letters, six digits, suffix A–D).</summary>
    public const string UkNino = "UK_NINO";
    /// <summary>A UK passport number (two letters and seven digits).</summary>
    public const string UkPassport = "UK_PASSPORT";
    /// <summary>A UK postcode (outward and inward code, Royal Mail letter rules).</summary>
    public const string UkPostcode = "UK_POSTCODE";
    /// <summary>A UK (DVLA) driving licence number; its encoded date of birth is checked.</summary>
    public const string UkDrivingLicence = "UK_DRIVING_LICENCE";
    /// <summary>A UK vehicle registration mark (current, prefix and suffix styles).</summary>
    public const string UkVehicleRegistration = "UK_VEHICLE_REGISTRATION";
    /// <summary>An Australian Business Number (mod 89).</summary>
    public const string AuAbn = "AU_ABN";
    /// <summary>An Australian Company Number (weighted mod 10).</summary>
    public const string AuAcn = "AU_ACN";
    /// <summary>An Australian Tax File Number (weighted mod 11).</summary>
    public const string AuTfn = "AU_TFN";
    /// <summary>An Australian Medicare card number (weighted check digit).</summary>
    public const string AuMedicare = "AU_MEDICARE";
    /// <summary>A Canadian Social Insurance Number (Luhn).</summary>
    public const string CaSin = "CA_SIN";
    /// <summary>A German tax identification number, Steuer-IdNr (ISO 7064 mod 11,10).</summary>
    public const string DeTaxId = "DE_TAX_ID";
    /// <summary>A German VAT identification number, USt-IdNr (DE + nine digits, ISO 7064 mod 11,10).</summary>
    public const string DeVatId = "DE_VAT_ID";
    /// <summary>A German passport number, Reisepassnummer (ICAO 7-3-1 check digit when present).</summary>
    public const string DePassport = "DE_PASSPORT";
    /// <summary>A German identity card number, Personalausweisnummer (ICAO 7-3-1 check digit when present).</summary>
    public const string DeIdCard = "DE_ID_CARD";
    /// <summary>A German pension insurance number, Rentenversicherungsnummer (with birth date and check digit).</summary>
    public const string DeSocialSecurity = "DE_SOCIAL_SECURITY";
    /// <summary>A German health insurance number, Krankenversichertennummer (letter + nine digits, check digit).</summary>
    public const string DeHealthInsurance = "DE_HEALTH_INSURANCE";
    /// <summary>A German lifelong physician number, Lebenslange Arztnummer (LANR, check digit).</summary>
    public const string DeLanr = "DE_LANR";
    /// <summary>A German practice site number, Betriebsstättennummer (BSNR, KV region prefix).</summary>
    public const string DeBsnr = "DE_BSNR";
    /// <summary>A German tax number, Steuernummer (state formats or the 13-digit federal form).</summary>
    public const string DeTaxNumber = "DE_TAX_NUMBER";
    /// <summary>A German vehicle registration plate, KFZ-Kennzeichen.</summary>
    public const string DeKfz = "DE_KFZ";
    /// <summary>A German commercial register number (HRA/HRB/GnR/PR/VR/GsR).</summary>
    public const string DeHandelsregister = "DE_HANDELSREGISTER";
    /// <summary>A German postal code, Postleitzahl (five digits).</summary>
    public const string DePlz = "DE_PLZ";
    /// <summary>A German driving licence number, Führerscheinnummer.</summary>
    public const string DeFuehrerschein = "DE_FUEHRERSCHEIN";
    /// <summary>A Spanish tax identification number of a person, NIF/DNI (mod-23 letter).</summary>
    public const string EsNif = "ES_NIF";
    /// <summary>A Spanish foreigner identity number, NIE (mod-23 letter).</summary>
    public const string EsNie = "ES_NIE";
    /// <summary>A Spanish passport number.</summary>
    public const string EsPassport = "ES_PASSPORT";
    /// <summary>An Italian fiscal code, codice fiscale (check letter).</summary>
    public const string ItFiscalCode = "IT_FISCAL_CODE";
    /// <summary>An Italian VAT number, partita IVA (Luhn-style check digit).</summary>
    public const string ItVatCode = "IT_VAT_CODE";
    /// <summary>An Italian driving licence number, patente di guida.</summary>
    public const string ItDriverLicense = "IT_DRIVER_LICENSE";
    /// <summary>An Italian identity card number, carta d'identità (paper or electronic).</summary>
    public const string ItIdentityCard = "IT_IDENTITY_CARD";
    /// <summary>An Italian passport number.</summary>
    public const string ItPassport = "IT_PASSPORT";
    /// <summary>A Polish national identification number, PESEL (birth date and weighted check digit).</summary>
    public const string PlPesel = "PL_PESEL";
    /// <summary>A Finnish personal identity code, henkilötunnus (mod-31 check character).</summary>
    public const string FiPersonalIdentityCode = "FI_PERSONAL_IDENTITY_CODE";
    /// <summary>A Swedish personal identity number, personnummer or samordningsnummer (Luhn).</summary>
    public const string SePersonnummer = "SE_PERSONNUMMER";
    /// <summary>A Swedish organisation number, organisationsnummer (Luhn).</summary>
    public const string SeOrganisationsnummer = "SE_ORGANISATIONSNUMMER";
    /// <summary>An Indian Aadhaar number (Verhoeff).</summary>
    public const string InAadhaar = "IN_AADHAAR";
    /// <summary>An Indian Goods and Services Tax Identification Number, GSTIN (mod-36 check character).</summary>
    public const string InGstin = "IN_GSTIN";
    /// <summary>An Indian vehicle registration number.</summary>
    public const string InVehicleRegistration = "IN_VEHICLE_REGISTRATION";
    /// <summary>An Indian Permanent Account Number, PAN.</summary>
    public const string InPan = "IN_PAN";
    /// <summary>An Indian passport number.</summary>
    public const string InPassport = "IN_PASSPORT";
    /// <summary>An Indian voter ID (EPIC) number.</summary>
    public const string InVoter = "IN_VOTER";
    /// <summary>A Singapore NRIC or FIN (check letter).</summary>
    public const string SgNricFin = "SG_NRIC_FIN";
    /// <summary>A Singapore Unique Entity Number, UEN (check letter).</summary>
    public const string SgUen = "SG_UEN";
    /// <summary>A South Korean resident registration number, RRN (birth date and check digit).</summary>
    public const string KrRrn = "KR_RRN";
    /// <summary>A South Korean foreigner registration number, FRN (birth date and check digit).</summary>
    public const string KrFrn = "KR_FRN";
    /// <summary>A South Korean business registration number, BRN (check digit).</summary>
    public const string KrBrn = "KR_BRN";
    /// <summary>A South Korean driver's licence number (region code).</summary>
    public const string KrDriverLicense = "KR_DRIVER_LICENSE";
    /// <summary>A South Korean passport number.</summary>
    public const string KrPassport = "KR_PASSPORT";
    /// <summary>A Nigerian National Identification Number, NIN (Verhoeff).</summary>
    public const string NgNin = "NG_NIN";
    /// <summary>A Nigerian vehicle registration number.</summary>
    public const string NgVehicleRegistration = "NG_VEHICLE_REGISTRATION";
    /// <summary>A Philippine Taxpayer Identification Number, TIN.</summary>
    public const string PhTin = "PH_TIN";
    /// <summary>A Thai national identification number (mod-11 check digit).</summary>
    public const string ThTnin = "TH_TNIN";
    /// <summary>A Turkish national identification number, T.C. Kimlik No (two check digits).</summary>
    public const string TrNationalId = "TR_NATIONAL_ID";
    /// <summary>A Turkish vehicle licence plate (province code 01–81).</summary>
    public const string TrLicensePlate = "TR_LICENSE_PLATE";
    /// <summary>A South African identity number (birth date and Luhn).</summary>
    public const string ZaIdNumber = "ZA_ID_NUMBER";
    /// <summary>A French social security number, NIR / numéro de sécurité sociale (97-complement key).</summary>
    public const string FrNir = "FR_NIR";
    /// <summary>A French company identifier, SIREN (nine digits, Luhn).</summary>
    public const string FrSiren = "FR_SIREN";
    /// <summary>A French establishment identifier, SIRET (fourteen digits, Luhn).</summary>
    public const string FrSiret = "FR_SIRET";
    /// <summary>A Dutch citizen service number, burgerservicenummer (11-test).</summary>
    public const string NlBsn = "NL_BSN";
    /// <summary>A Brazilian individual taxpayer number, CPF (two mod-11 check digits).</summary>
    public const string BrCpf = "BR_CPF";
    /// <summary>A Brazilian company taxpayer number, CNPJ (two mod-11 check digits).</summary>
    public const string BrCnpj = "BR_CNPJ";
    /// <summary>A Mexican population registry code, CURP (birth date, sex, state, check digit).</summary>
    public const string MxCurp = "MX_CURP";
    /// <summary>A Mexican federal taxpayer registry code, RFC (date and homoclave check character).</summary>
    public const string MxRfc = "MX_RFC";
    /// <summary>A Chinese resident identity card number (birth date, ISO 7064 mod 11-2).</summary>
    public const string CnResidentId = "CN_RESIDENT_ID";
    /// <summary>A Japanese individual number, My Number (twelve digits, mod-11 check digit).</summary>
    public const string JpMyNumber = "JP_MY_NUMBER";
    /// <summary>A US Employer Identification Number (valid IRS campus prefix).</summary>
    public const string UsEin = "US_EIN";
}
