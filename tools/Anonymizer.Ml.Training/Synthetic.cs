using System.Text;
using Bogus;

namespace Anonymizer.Ml.Training;

/// <summary>
/// Formal text (e-mails, letters, support tickets, records) from templates filled with Bogus surrogates. The
/// held-out split uses templates the model never sees in training.
/// </summary>
internal static class Synthetic
{
    // {NAME} {FIRST} {LAST} → PERSON; {CITY} {COUNTRY} {STATE} → LOCATION; {ORG} → ORGANIZATION; {NRP} → NRP.
    // {TITLE} {STREET} {ZIP} {EMAIL} {PHONE} {DATE} {AMOUNT} {NUM} {PRODUCT} {JOB} {DEPT} are not entities.
    public static readonly string[] TrainTemplates =
    [
        "Dear {TITLE} {LAST},\n\nThank you for your letter of {DATE}. We have forwarded it to our office in {CITY}.\n\nKind regards,\n{NAME}\n{JOB}, {ORG}",
        "Hi {FIRST},\nCould you send the signed contract to {NAME} at {ORG} before {DATE}? Thanks, {FIRST}",
        "From: {NAME} <{EMAIL}>\nTo: {NAME} <{EMAIL}>\nSubject: Meeting in {CITY}\n\nHi {FIRST}, the meeting with {ORG} is moved to {DATE}.",
        "Patient {NAME}, born {DATE} in {CITY}, {COUNTRY}, was admitted on {DATE} and seen by Dr. {LAST}.",
        "Customer {NAME} ({EMAIL}, {PHONE}) reports that the {PRODUCT} ordered on {DATE} never arrived in {CITY}.",
        "Ticket #{NUM}: {NAME} from {ORG} cannot log in since {DATE}. Assigned to {FIRST} {LAST}.",
        "Employee record: {NAME}, {JOB}, {DEPT} department, {ORG}. Address: {STREET}, {CITY}, {STATE} {ZIP}. Nationality: {NRP}.",
        "{NAME} joined {ORG} in {DATE} as {JOB} and moved to {CITY} the following year.",
        "Please contact {TITLE} {NAME} on {PHONE} or at {STREET}, {CITY}.",
        "The {NRP} delegation led by {NAME} met representatives of {ORG} in {COUNTRY} on {DATE}.",
        "I spoke with {FIRST} yesterday; {FIRST} said {ORG} will ship the {PRODUCT} from {CITY} next week.",
        "Invoice {NUM} for {AMOUNT} was issued by {ORG} to {NAME}, {STREET}, {CITY}, {COUNTRY}.",
        "According to {NAME}, a spokesperson for {ORG}, the plant in {CITY} will close by {DATE}.",
        "{TITLE} {LAST} is a {NRP} citizen living in {CITY} with a residence permit issued on {DATE}.",
        "Reference: {NAME} worked for us at {ORG} from {DATE} to {DATE} and I recommend {FIRST} without reservation.",
        "Shipping to: {NAME}\n{STREET}\n{CITY}, {STATE} {ZIP}\n{COUNTRY}",
        "Hello team, {NAME} will cover for {NAME} while {FIRST} is in {COUNTRY} until {DATE}.",
        "Witness {NAME} stated that the vehicle was parked outside {ORG} on {STREET} in {CITY}.",
        "{ORG} announced today that {NAME} has been appointed {JOB}, effective {DATE}.",
        "Our {NRP} partners at {ORG} asked whether {NAME} could travel to {CITY} in {DATE}.",
        "Case notes: client {NAME} ({NRP}) was referred by {ORG}. Next appointment on {DATE} in {CITY}.",
        "Thanks {FIRST}! I'll let {FIRST} {LAST} know that the {CITY} office is ready.",
        "Complaint received from {NAME} regarding the {DEPT} store of {ORG} in {CITY}, {STATE}.",
        "Minutes: present were {NAME}, {NAME} and {NAME} ({ORG}). Apologies from {NAME}.",
        "The account holder, {TITLE} {NAME}, lives in {CITY} and banks with {ORG}.",
        "{NAME} was born in {COUNTRY} and holds {NRP} and {NRP} passports.",
        "Good morning {TITLE} {LAST}, your order {NUM} has been dispatched from our {CITY} warehouse.",
        "Please update the record: new address for {NAME} is {STREET}, {CITY}, {COUNTRY}.",
        "Flight booked for {NAME} from {CITY} to {CITY} on {DATE}, paid by {ORG}.",
        "As discussed with {FIRST} at {ORG}, the {PRODUCT} pilot starts in {STATE} on {DATE}.",
        "{LAST} said the {NRP} community in {CITY} supports the plan put forward by {ORG}.",
        "Dear Sir or Madam,\nI am writing on behalf of {NAME}, who was a student at {ORG} until {DATE}.\nYours faithfully,\n{NAME}",
        "Regards,\n{FIRST}\n\n{NAME} | {JOB} | {ORG} | {PHONE}",
        "The tenant, {NAME}, has paid {AMOUNT} to the landlord, {ORG}, for the flat in {CITY}.",
        "{NAME} ({EMAIL}) asked to be removed from the {ORG} mailing list.",
        "Background check: {NAME}, {NRP}, previously employed by {ORG} in {CITY}, {COUNTRY}.",
        "We visited {CITY} and {CITY} with {FIRST} and {FIRST} last summer.",
        "Update from {ORG}: {FIRST} {LAST} and {FIRST} {LAST} will lead the {COUNTRY} expansion.",
        "The court in {CITY} heard that {NAME} had worked for {ORG} since {DATE}.",
        "Sales in {COUNTRY} rose after {ORG} opened a branch in {CITY} under {NAME}.",
        "Nationality: {NRP}\nReligion: {NRP}\nPlace of birth: {CITY}, {COUNTRY}",
        "Several {NRP} and {NRP} students asked {NAME} about scholarships at {ORG}.",
        "{NAME}, a {NRP} engineer, leads the team in {CITY}.",
        "The survey of {NRP} voters in {STATE} was run by {ORG}.",
    ];

    public static readonly string[] HeldOutTemplates =
    [
        "Good afternoon {FIRST},\n\nFollowing our call, I attach the proposal from {ORG}. {NAME} from their {CITY} team will join on {DATE}.\n\nBest,\n{NAME}",
        "Discharge summary: {NAME}, age {NUM}, resident of {CITY}, {STATE}. Attending physician: Dr. {NAME}.",
        "Support request from {NAME} <{EMAIL}>: the {PRODUCT} purchased from {ORG} stopped working after two days.",
        "To whom it may concern,\n{NAME} has been a tenant at {STREET}, {CITY}, since {DATE}.\nSigned, {NAME}, {ORG}",
        "HR file: {LAST}, {FIRST}. Position: {JOB}. Employer: {ORG}. Citizenship: {NRP}. Location: {CITY}, {COUNTRY}.",
        "Yesterday {NAME} flew from {COUNTRY} to {CITY} to sign the agreement with {ORG}.",
        "Note to file: {TITLE} {LAST} called about the refund; {FIRST} prefers to be reached at {PHONE}.",
        "The {NRP} author {NAME} will speak at {ORG} in {CITY} on {DATE}.",
        "Incident {NUM} - reported by {NAME} ({ORG}), location {CITY}, severity high.",
        "{FIRST}, can you ask {NAME} whether {ORG} still has an office in {COUNTRY}?",
        "Applicant {NAME} lists {ORG} ({CITY}) and {ORG} ({CITY}) as previous employers.",
        "Hi all, please welcome {NAME}, who joins {ORG} from {CITY} as our new {JOB}.",
        "The contract between {ORG} and {NAME} of {CITY}, {STATE} was terminated on {DATE}.",
        "Visitor log: {NAME}, company {ORG}, host {NAME}, arrival {DATE}.",
        "Many {NRP} families in {CITY} rely on services run by {ORG}, said {NAME}.",
        "Cheers,\n{FIRST} {LAST}\nSent from {CITY}",
    ];

    private static readonly string[] OrgPatterns =
    [
        "{L} Bank", "University of {C}", "{C} City Council", "{L} & Partners", "{L} Hospital", "{L} Technologies",
        "{C} Police Department", "{L} Foundation", "{C} General Hospital", "{L} Consulting Group", "Bank of {C}", "{L} Insurance",
    ];

    public static List<Sentence> Generate(IReadOnlyList<string> templates, int count, int seed)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        var random = faker.Random;
        var result = new List<Sentence>(count);
        var text = new StringBuilder();
        var spans = new List<(int, int, int)>();
        for (var n = 0; n < count; n++)
        {
            text.Clear();
            spans.Clear();
            var template = templates[random.Int(0, templates.Count - 1)];
            var firstName = faker.Name.FirstName();
            var lastName = faker.Name.LastName();
            var i = 0;
            while (i < template.Length)
            {
                if (template[i] != '{')
                {
                    text.Append(template[i++]);
                    continue;
                }

                var close = template.IndexOf('}', i);
                var slot = template[(i + 1)..close];
                i = close + 1;
                var (value, type) = Fill(slot, faker, ref firstName, ref lastName);
                var start = text.Length;
                text.Append(value);
                if (type >= 0)
                {
                    spans.Add((type, start, text.Length));
                }
            }

            result.Add(Sentence.FromText(text.ToString(), spans));
        }

        return result;
    }

    private static (string Value, int Type) Fill(string slot, Faker f, ref string first, ref string last)
    {
        var r = f.Random;
        switch (slot)
        {
            case "NAME":
                first = f.Name.FirstName();
                last = f.Name.LastName();
                return (r.Int(0, 9) switch
                {
                    0 => $"{first} {(char)r.Int('A', 'Z')}. {last}",
                    1 => $"{first} {f.Name.FirstName()} {last}",
                    _ => $"{first} {last}",
                }, 0);
            case "FIRST":
                return (first, 0);
            case "LAST":
                return (last, 0);
            case "TITLE":
                return (r.ArrayElement(["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Ms", "Prof."]), -1);
            case "CITY":
                return (r.Bool() ? r.ArrayElement(Lexicon.RealCities) : f.Address.City(), 1);
            case "COUNTRY":
                return (f.Address.Country(), 1);
            case "STATE":
                return (f.Address.State(), 1);
            case "ORG":
                if (r.Int(0, 9) < 7)
                {
                    return (f.Company.CompanyName(), 2);
                }

                return (r.ArrayElement(OrgPatterns).Replace("{L}", f.Name.LastName(), StringComparison.Ordinal)
                    .Replace("{C}", r.Bool() ? r.ArrayElement(Lexicon.RealCities) : f.Address.City(), StringComparison.Ordinal), 2);
            case "NRP":
                return (r.ArrayElement(Lexicon.Nrp), 3);
            case "STREET":
                return (f.Address.StreetAddress(), -1);
            case "ZIP":
                return (f.Address.ZipCode(), -1);
            case "EMAIL":
                return (f.Internet.Email(first, last), -1);
            case "PHONE":
                return (f.Phone.PhoneNumber(), -1);
            case "DATE":
                var date = f.Date.Past(10, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
                return (r.Int(0, 3) switch
                {
                    0 => date.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture),
                    1 => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
                    2 => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
                    _ => date.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
                }, -1);
            case "AMOUNT":
                return ("$" + f.Finance.Amount(10, 5000).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), -1);
            case "NUM":
                return (r.Int(10, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture), -1);
            case "PRODUCT":
                return (f.Commerce.ProductName(), -1);
            case "JOB":
                return (f.Name.JobTitle(), -1);
            case "DEPT":
                return (f.Commerce.Department(1), -1);
            default:
                throw new InvalidOperationException("Unknown slot " + slot);
        }
    }
}
