using Anonymizer.Ml.Ner;
using Bogus;
using Bogus.Bson;

namespace Anonymizer.Ml.Training;

/// <summary>Word lists: Bogus' locale data (names, cities, countries, states, company suffixes) plus short lists of ours.</summary>
internal static class Lexicon
{
    public static readonly string[] Locales = ["en", "en_GB", "en_US", "en_AU", "en_CA", "en_IE", "de", "fr", "es", "it", "nl", "pt_BR", "pl", "sv", "tr"];

    public static readonly string[] RealCities =
    [
        "London", "Paris", "Berlin", "Madrid", "Rome", "Amsterdam", "Brussels", "Vienna", "Zurich", "Geneva", "Dublin",
        "Edinburgh", "Glasgow", "Manchester", "Birmingham", "Liverpool", "Leeds", "Bristol", "Cardiff", "Belfast", "Oxford",
        "Cambridge", "New York", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego",
        "Dallas", "San Francisco", "Seattle", "Boston", "Denver", "Atlanta", "Miami", "Detroit", "Portland", "Las Vegas",
        "Washington", "Toronto", "Montreal", "Vancouver", "Ottawa", "Sydney", "Melbourne", "Brisbane", "Perth", "Auckland",
        "Tokyo", "Osaka", "Beijing", "Shanghai", "Hong Kong", "Singapore", "Seoul", "Mumbai", "Delhi", "Bangalore",
        "Dubai", "Istanbul", "Moscow", "Warsaw", "Prague", "Budapest", "Lisbon", "Barcelona", "Milan", "Munich",
        "Hamburg", "Frankfurt", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Athens", "Cairo", "Lagos", "Nairobi",
        "Johannesburg", "Cape Town", "Mexico City", "Buenos Aires", "Sao Paulo", "Rio de Janeiro", "Lima", "Bogota",
        "Santiago", "Austin", "Nashville", "Orlando", "Baltimore", "Pittsburgh", "Cleveland", "Minneapolis", "Sacramento",
    ];

    public static readonly string[] Nrp =
    [
        "American", "British", "English", "Scottish", "Welsh", "Irish", "German", "French", "Spanish", "Italian",
        "Portuguese", "Dutch", "Belgian", "Swiss", "Austrian", "Swedish", "Norwegian", "Danish", "Finnish", "Polish",
        "Czech", "Hungarian", "Romanian", "Bulgarian", "Greek", "Turkish", "Russian", "Ukrainian", "Chinese", "Japanese",
        "Korean", "Vietnamese", "Thai", "Filipino", "Indonesian", "Malaysian", "Indian", "Pakistani", "Bangladeshi",
        "Iranian", "Iraqi", "Syrian", "Lebanese", "Israeli", "Palestinian", "Egyptian", "Moroccan", "Algerian",
        "Nigerian", "Kenyan", "Ethiopian", "Ghanaian", "Somali", "Canadian", "Mexican", "Brazilian", "Argentinian",
        "Chilean", "Colombian", "Peruvian", "Cuban", "Jamaican", "Australian", "Afghan", "Saudi", "Kurdish",
        "Christian", "Catholic", "Protestant", "Muslim", "Jewish", "Hindu", "Buddhist", "Sikh", "Orthodox",
        "Evangelical", "Mormon", "Methodist", "Baptist", "Lutheran", "Anglican", "Democrat", "Republican",
        "Conservative", "Liberal", "Socialist", "Communist", "Hispanic", "Latino", "Arab", "Asian", "European", "African",
    ];

    public static readonly string[] OrganizationWords =
    [
        "Inc", "Corp", "Corporation", "Company", "Co", "Ltd", "Limited", "LLC", "LLP", "PLC", "GmbH", "AG", "SA", "Group",
        "Holdings", "Partners", "Bank", "University", "College", "Institute", "School", "Academy", "Hospital", "Clinic",
        "Council", "Ministry", "Department", "Agency", "Association", "Foundation", "Society", "Union", "Committee",
        "Commission", "Authority", "Federation", "Club", "Trust", "Industries", "Technologies", "Solutions", "Systems",
        "Services", "Consulting", "Labs", "Media", "News", "Airlines", "Motors", "Insurance", "Capital", "Ventures",
        "Enterprises", "International", "Associates", "Police", "Court", "Party", "Church", "FC", "United",
    ];

    public static readonly string[] Titles = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Mx", "Rev", "Lord", "Lady", "Madam", "Mister"];

    public static readonly string[] LocationWords =
    [
        "Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Boulevard", "Drive", "Square", "Park", "River", "Lake",
        "Mount", "Mountain", "Valley", "Bay", "Island", "Islands", "Beach", "County", "City", "Town", "Village", "North",
        "South", "East", "West", "Port", "Fort", "Saint", "Coast", "Gulf", "Ocean", "Sea", "Hills", "Springs", "Falls",
    ];

    public static readonly string[] StopWords =
    [
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "is", "are", "was",
        "were", "be", "been", "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your",
        "his", "its", "our", "their", "this", "that", "these", "those", "not", "no", "yes", "but", "if", "so", "as",
        "please", "thanks", "thank", "hi", "hello", "dear", "regards", "best", "re", "fwd", "subject", "lol", "rt",
    ];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    public static List<string> BogusStrings(string category, string path)
    {
        var result = new List<string>();
        foreach (var locale in Locales)
        {
            if (!Database.LocaleResourceExists(locale) || !Database.HasKey(category, path, locale, locale))
            {
                continue;
            }

            Collect(Database.Get(category, path, locale, locale), result);
        }

        return result;
    }

    private static void Collect(BValue value, List<string> into)
    {
        if (value is BArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Collect(array[i], into);
            }
        }
        else if (value is BObject obj)
        {
            foreach (var key in obj.Keys)
            {
                Collect(obj[key], into);
            }
        }
        else if (value.ValueType == BValueType.String)
        {
            var s = value.StringValue;
            if (!s.Contains("#{", StringComparison.Ordinal) && !s.Contains('#') && s.Length > 1)
            {
                into.Add(s);
            }
        }
    }

    public static Gazetteer BuildGazetteer()
    {
        var builder = new Gazetteer.Builder()
            .Add(BogusStrings("name", "first_name"), GazetteerFlags.FirstName)
            .Add(BogusStrings("name", "male_first_name"), GazetteerFlags.FirstName)
            .Add(BogusStrings("name", "female_first_name"), GazetteerFlags.FirstName)
            .Add(BogusStrings("name", "last_name"), GazetteerFlags.LastName)
            .Add(BogusStrings("address", "city_name"), GazetteerFlags.City)
            .Add(BogusStrings("address", "city"), GazetteerFlags.City)
            .Add(RealCities, GazetteerFlags.City)
            .Add(BogusStrings("address", "country"), GazetteerFlags.Country)
            .Add(BogusStrings("address", "state"), GazetteerFlags.State)
            .Add(BogusStrings("address", "county"), GazetteerFlags.State)
            .Add(BogusStrings("company", "suffix"), GazetteerFlags.CompanySuffix)
            .Add(OrganizationWords, GazetteerFlags.OrganizationWord)
            .Add(Nrp, GazetteerFlags.Nationality)
            .Add(Titles, GazetteerFlags.Title)
            .Add(LocationWords, GazetteerFlags.LocationWord)
            .Add(StopWords, GazetteerFlags.StopWord)
            .Add(Months, GazetteerFlags.Month);
        return builder.Build();
    }
}
