using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extraction.Model;

namespace Extraction.Entities;

/// <summary>
/// Compiles the gazetteer from the corpora and name lists under a data folder (../shared/data):
/// countries_mledoze (countries, official names, abbreviations, demonyms, world regions), countryinfo (country
/// names the first list has renamed — "Turkey" is "Türkiye" there — capitals and their variant spellings, regions),
/// GeoNames cities15000, PETRARCH2 actor dictionaries (persons, organisations), and, from the annotated corpora
/// (UNER, CrossNER, re3d, Re-DocRED), a common-word list (words seen mostly in lower case — the ambiguity guard for
/// names like "Nice" or "Reading") and a first-name list.
/// Deterministic: the same data gives byte-identical output.
/// </summary>
public sealed partial class GazetteerBuilder(string dataDirectory)
{
    /// <summary>Cities at or above this population are "major": their Latin alternate names are kept and they are not <see cref="GazetteerFlags.Minor"/>.</summary>
    public const int MajorCityPopulation = 100_000;

    private readonly Dictionary<string, GazetteerEntry> _entries = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private HashSet<string> _common = [];
    /// <summary>Words seen in lower case at least twice: a small place with such a name ("Liberal", "Union") is dropped.</summary>
    private HashSet<string> _lowerCaseWords = [];
    /// <summary>Last words of person names: a place with such a name ("Bush", "Chandler") is dropped when small, ambiguous otherwise.</summary>
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstNames = new(StringComparer.Ordinal);
    /// <summary>Keys from the country lists (countries, regions, demonyms, capitals): a later source never makes them ambiguous.</summary>
    private readonly HashSet<string> _authoritative = new(StringComparer.Ordinal);
    /// <summary>ISO 3166 alpha-2 code → the country's common name in countries_mledoze (the canonical name of its other names).</summary>
    private readonly Dictionary<string, string> _countryByIso = new(StringComparer.Ordinal);
    /// <summary>Capital → its country's canonical name (countries_mledoze), for the relations stage's check of what lies where.</summary>
    private readonly SortedDictionary<string, string> _countryOfCapital = new(StringComparer.Ordinal);

    private string DataPath(params string[] parts) => Path.Combine([dataDirectory, .. parts]);

    public void Build(string outputPath)
    {
        (_common, _lowerCaseWords) = CommonWords();
        AddCountries();
        AddCountryNamesAndCapitals();
        CollectFirstNames();
        AddRegions();
        AddGeographicFeatures();
        AddPetrarch("Phoenix.International.actors.txt", personsOnlyWhenTagged: false);
        AddPetrarch("Phoenix.MilNonState.actors.txt", personsOnlyWhenTagged: false);
        AddPetrarch("Phoenix.Countries.actors.txt", personsOnlyWhenTagged: true);
        AddCities();
        MarkFirstNameCollisions();

        var notes = new List<string>
        {
            "built by: extraction gazetteer build --data <shared/data> --out <this file>",
            "sources: countries_mledoze (ODbL 1.0); countryinfo CountryInfo.120116.txt (CC BY-SA 3.0, P. A. Schrodt);",
            "  GeoNames cities15000 (CC BY 4.0, geonames.org); PETRARCH2 Phoenix actor dictionaries (MIT, Open Event Data Alliance);",
            "  common words and first names counted in UNER English EWT dev (CC BY-SA 4.0), CrossNER politics train (MIT; Wikipedia CC BY-SA),",
            "  re3d (per-document licences), Re-DocRED dev (MIT; Wikipedia CC BY-SA)",
            $"names: {_entries.Count}; " + string.Join("; ", _counts.Select(kv => $"{kv.Key}: {kv.Value}")),
            $"common words: {_common.Count}; first names: {_firstNames.Count}; major-city population: {MajorCityPopulation}",
        };
        Gazetteer.Save(outputPath, _entries.Values, _common, _firstNames, notes, _countryOfCapital);
    }

    /// <summary>The flags that say what kind of place a name is.</summary>
    private const GazetteerFlags PlaceKinds = GazetteerFlags.Country | GazetteerFlags.Capital | GazetteerFlags.City;

    /// <summary>Adds a name unless it is already known (sources are added in priority order, so the first wins).</summary>
    private void Add(string name, string label, string canonical, string source, GazetteerFlags flags = GazetteerFlags.None)
    {
        name = name.Trim();
        if (name.Length < 2 || name.Contains('\t') || canonical.Contains('\t')) return;
        string key = TextKey.Of(name);
        if (key.Length < 2) return;
        if (_entries.TryGetValue(key, out var existing))
        {
            // The same name with another label (a city that is also a surname, …) is ambiguous; a region that is also a
            // city ("Kursk", "Belgorod") is a city too (a country or capital keeps its kind).
            if (existing.Label != label && !_authoritative.Contains(key))
                _entries[key] = existing with { Flags = existing.Flags | GazetteerFlags.Ambiguous };
            else if (existing.Label == label && (existing.Flags & PlaceKinds) == 0 && flags.HasFlag(GazetteerFlags.City))
                _entries[key] = existing with { Flags = existing.Flags | GazetteerFlags.City };
            return;
        }
        _entries.Add(key, new GazetteerEntry(key, label, flags, canonical));
        if (source.StartsWith("countr", StringComparison.Ordinal) || source is "demonyms" or "region list" or "institution list" or "person list") _authoritative.Add(key);
        _counts[$"{label} from {source}"] = _counts.GetValueOrDefault($"{label} from {source}") + 1;
    }

    // ---- countries, demonyms, regions -------------------------------------------------------------------

    /// <summary>Supranational regions and groups that the country list lacks, with their adjectives (general vocabulary).</summary>
    private static readonly (string Region, string? Adjective)[] ExtraRegions =
    [
        ("Middle East", "Middle Eastern"), ("Caucasus", "Caucasian"), ("Balkans", "Balkan"), ("Eurasia", "Eurasian"),
        ("Latin America", "Latin American"), ("Scandinavia", "Scandinavian"), ("Persian Gulf", null), ("Horn of Africa", null),
        ("Sahel", null), ("Levant", null), ("Maghreb", null), ("Arctic", null), ("Siberia", "Siberian"),
        ("South Caucasus", null), ("North Caucasus", null), ("Sub-Saharan Africa", null), ("Korean Peninsula", null),
    ];

    /// <summary>
    /// Seas, straits, rivers, mountains and contested territories that news names often and that no source lists (the
    /// country lists have countries and provinces, GeoNames only towns; general vocabulary).
    /// </summary>
    private static readonly string[] WellKnownPlaces =
    [
        "West Bank", "Gaza Strip", "Golan Heights", "Kashmir", "Nagorno-Karabakh", "Karabakh", "South Ossetia", "Transnistria",
        "Tigray", "Balochistan", "Fergana Valley", "Ferghana Valley", "Pamir", "Pamirs", "Tian Shan", "Himalayas", "Sahara",
        "South China Sea", "East China Sea", "Black Sea", "Red Sea", "Caspian Sea", "Baltic Sea", "Mediterranean",
        "Mediterranean Sea", "North Sea", "Arabian Sea", "Aral Sea", "Sea of Azov", "Sea of Japan", "Yellow Sea",
        "Taiwan Strait", "Strait of Hormuz", "Bab el-Mandeb", "Bosphorus", "English Channel", "Gulf of Aden", "Gulf of Mexico",
        "Gulf of Oman", "Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Arctic Ocean", "Pacific", "Atlantic",
        "Amu Darya", "Syr Darya", "Euphrates", "Tigris", "Dnieper", "Suez Canal", "Panama Canal",
        // Regions CountryInfo lacks: commented out there as shared by two countries (Punjab), or by another name
        // (Chechnya for its "Chechen Republic", North Kivu for "Nord-Kivu"); and the parts of the world news names by the compass.
        "Punjab", "Chechnya", "Dagestan", "Ingushetia", "Tatarstan", "Bashkortostan", "Rakhine", "Helmand", "Waziristan",
        "North Kivu", "South Kivu", "Kivu", "Katanga",
        "Khyber Pakhtunkhwa", "Gorno-Badakhshan", "Badakhshan", "Syunik", "Zangezur", "Sarawak", "South Asia", "Southeast Asia",
        // Autonomous and breakaway regions the country lists leave out or spell otherwise.
        "Republika Srpska", "Gagauzia", "Karakalpakstan", "Somaliland", "Puntland", "Adjara", "Ajaria", "Transcarpathia", "Baluchistan",
        "East Asia", "West Africa", "East Africa", "North Africa", "Central Africa", "Southern Africa", "Indo-Pacific",
        "Asia-Pacific", "Arabian Peninsula",
        // The nations of the United Kingdom, which the country lists do not name, and regions news names by their own name.
        "England", "Scotland", "Wales", "Northern Ireland", "Flanders", "Wallonia", "Anatolia", "Patagonia", "Midwest",
        "New England", "Appalachia",
    ];

    /// <summary>The United States' states that news (AP style) abbreviates as dotted initials, as in a dateline ("ASHEVILLE,
    /// N.C."), where a country's initials would read another place ("N.C." is New Caledonia's); general vocabulary.</summary>
    private static readonly (string Abbreviation, string State)[] StateInitials =
    [
        ("N.C.", "North Carolina"), ("S.C.", "South Carolina"), ("N.D.", "North Dakota"), ("S.D.", "South Dakota"),
        ("N.H.", "New Hampshire"), ("N.J.", "New Jersey"), ("N.M.", "New Mexico"), ("N.Y.", "New York"), ("R.I.", "Rhode Island"),
    ];

    /// <summary>Capitals' names of a recent period that the city list leaves out, its alternates with another initial being
    /// dropped (general vocabulary): name → the city's name there ("Nur-Sultan" was Astana's name in 2019–2022).</summary>
    private static readonly (string Name, string Canonical)[] FormerCapitalNames =
    [
        ("Nur-Sultan", "Astana"), ("Tselinograd", "Astana"), ("Stalinabad", "Dushanbe"), ("Leninabad", "Khujand"),
    ];

    /// <summary>
    /// Organisations international news names often that no source lists (PETRARCH2's dictionaries predate some and leave
    /// out companies and security services): name → canonical name. An acronym is a name in capitals only (flag x), as the
    /// dictionary's are; general vocabulary, like <see cref="WellKnownPlaces"/>.
    /// </summary>
    private static readonly (string Name, string Canonical)[] WellKnownOrganisations =
    [
        ("Islamic State", "Islamic State"), ("ISIS", "Islamic State"), ("ISIL", "Islamic State"), ("African Union", "African Union"),
        ("G7", "G7"), ("G20", "G20"), ("BRICS", "BRICS"), ("Eurasian Economic Union", "Eurasian Economic Union"), ("EAEU", "Eurasian Economic Union"),
        ("Collective Security Treaty Organization", "Collective Security Treaty Organization"), ("CSTO", "Collective Security Treaty Organization"),
        ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"), ("SCO", "Shanghai Cooperation Organization"),
        ("Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"),
        ("OSCE", "Organization for Security and Cooperation in Europe"), ("World Trade Organization", "World Trade Organization"),
        ("WTO", "World Trade Organization"), ("International Criminal Court", "International Criminal Court"),
        ("European Central Bank", "European Central Bank"), ("Federal Reserve", "Federal Reserve"),
        ("FBI", "FBI"), ("CIA", "CIA"), ("KGB", "KGB"), ("FSB", "FSB"), ("GRU", "GRU"), ("SBU", "SBU"), ("Mossad", "Mossad"),
        ("MI5", "MI5"), ("MI6", "MI6"), ("Europol", "Europol"),
        ("TASS", "TASS"), ("Interfax", "Interfax"), ("RIA Novosti", "RIA Novosti"), ("Financial Times", "Financial Times"),
        ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"), ("HTS", "Hayat Tahrir al-Sham"), ("Rapid Support Forces", "Rapid Support Forces"),
        ("Wagner Group", "Wagner Group"),
        ("Gazprom", "Gazprom"), ("Gazprom Neft", "Gazprom Neft"), ("Rosneft", "Rosneft"), ("Lukoil", "Lukoil"), ("Rosatom", "Rosatom"),
        ("Novatek", "Novatek"), ("Transneft", "Transneft"), ("Saudi Aramco", "Saudi Aramco"), ("Aramco", "Saudi Aramco"),
        ("Sinopec", "Sinopec"), ("CNPC", "CNPC"), ("ExxonMobil", "ExxonMobil"), ("TotalEnergies", "TotalEnergies"),
        ("Huawei", "Huawei"), ("TikTok", "TikTok"), ("OpenAI", "OpenAI"), ("Airbus", "Airbus"),
        // session 18: the technology companies regulators and courts name most ("EU fines Apple" had no Apple)
        ("Apple", "Apple"), ("Meta", "Meta"), ("Facebook", "Facebook"), ("Instagram", "Instagram"), ("WhatsApp", "WhatsApp"),
        ("Alphabet", "Alphabet"), ("Tesla", "Tesla"), ("YouTube", "YouTube"),
        // session 17: the wires, carmakers, chipmakers, banks and miners business news names most ("AP" was missed)
        // session 19: the World Health Organization by its capitals ("WHO Director-General Tedros …" had no organisation)
        ("WHO", "World Health Organization"),
        ("AP", "Associated Press"), ("UN", "United Nations"), ("U.N.", "United Nations"), ("Volkswagen", "Volkswagen"), ("Toyota", "Toyota"), ("BMW", "BMW"), ("Mercedes-Benz", "Mercedes-Benz"),
        ("Samsung", "Samsung"), ("Microsoft", "Microsoft"), ("Nvidia", "Nvidia"), ("Intel", "Intel"), ("Foxconn", "Foxconn"),
        ("Alibaba", "Alibaba"), ("Tencent", "Tencent"), ("ByteDance", "ByteDance"), ("Baidu", "Baidu"), ("SpaceX", "SpaceX"),
        ("Boeing", "Boeing"), ("Lockheed Martin", "Lockheed Martin"), ("Siemens", "Siemens"), ("Pfizer", "Pfizer"),
        ("BlackRock", "BlackRock"), ("JPMorgan", "JPMorgan Chase"), ("JPMorgan Chase", "JPMorgan Chase"), ("Goldman Sachs", "Goldman Sachs"),
        ("Morgan Stanley", "Morgan Stanley"), ("Nasdaq", "Nasdaq"), ("Petrobras", "Petrobras"), ("Pemex", "Pemex"), ("Equinor", "Equinor"),
        ("Glencore", "Glencore"), ("Rio Tinto", "Rio Tinto"), ("BHP", "BHP"), ("ArcelorMittal", "ArcelorMittal"), ("Maersk", "Maersk"),
        ("KazMunayGas", "KazMunayGas"), ("Kazatomprom", "Kazatomprom"), ("SOCAR", "SOCAR"),
        // session 21: newspapers and agencies news cites, whose names open with an article the gazetteer lists as a first
        // name ("Le Monde" and "Le Figaro" read as persons) or which no source lists
        ("Le Monde", "Le Monde"), ("Le Figaro", "Le Figaro"), ("Les Echos", "Les Echos"), ("Le Parisien", "Le Parisien"),
        ("La Stampa", "La Stampa"), ("La Repubblica", "La Repubblica"), ("Corriere della Sera", "Corriere della Sera"),
        ("El Pais", "El País"), ("El País", "El País"), ("El Mundo", "El Mundo"), ("Die Welt", "Die Welt"), ("Die Zeit", "Die Zeit"),
        ("Kommersant", "Kommersant"), ("Vedomosti", "Vedomosti"), ("Izvestia", "Izvestia"), ("Novaya Gazeta", "Novaya Gazeta"),
        ("Yonhap", "Yonhap"), ("Kyodo", "Kyodo"), ("RFE/RL", "Radio Free Europe/Radio Liberty"),
        ("Radio Free Europe/Radio Liberty", "Radio Free Europe/Radio Liberty"), ("Eurasianet", "Eurasianet"), ("AKIpress", "AKIpress"),
        ("Azattyk", "Azattyk"), ("Radio Azattyk", "Azattyk"), ("Azattyq", "Azattyq"), ("Radio Azattyq", "Azattyq"), ("Ozodi", "Ozodi"),
        ("Ozodlik", "Ozodlik"),
        // session 22: companies, banks and newsrooms world and business news names often that no source lists (technology,
        // carmakers, Russian and Central Asian state companies, banks and raters, consumer goods, drugmakers, arms makers,
        // miners); names that are also places or persons ("Santander", "Ford") are left to the context
        ("IBM", "IBM"), ("Oracle", "Oracle"), ("Cisco", "Cisco"), ("TSMC", "TSMC"), ("SK Hynix", "SK Hynix"),
        ("Xiaomi", "Xiaomi"), ("ZTE", "ZTE"), ("Ericsson", "Ericsson"), ("PayPal", "PayPal"), ("LinkedIn", "LinkedIn"),
        ("Twitter", "Twitter"), ("Spotify", "Spotify"), ("Uber", "Uber"), ("Airbnb", "Airbnb"), ("Anthropic", "Anthropic"),
        ("Yandex", "Yandex"), ("Kaspersky Lab", "Kaspersky Lab"), ("General Motors", "General Motors"),
        ("Stellantis", "Stellantis"), ("Renault", "Renault"), ("Nissan", "Nissan"), ("BYD", "BYD"), ("Geely", "Geely"),
        ("CATL", "CATL"), ("Eni", "Eni"), ("Repsol", "Repsol"), ("Sberbank", "Sberbank"), ("VTB", "VTB"),
        ("Gazprombank", "Gazprombank"), ("Aeroflot", "Aeroflot"), ("Rostec", "Rostec"), ("Roscosmos", "Roscosmos"),
        ("Rosoboronexport", "Rosoboronexport"), ("Alrosa", "Alrosa"), ("Rusal", "Rusal"), ("Norilsk Nickel", "Norilsk Nickel"),
        ("Nornickel", "Norilsk Nickel"), ("RusHydro", "RusHydro"), ("HSBC", "HSBC"), ("Barclays", "Barclays"),
        ("Euroclear", "Euroclear"), ("SWIFT", "SWIFT"), ("Moody's", "Moody's"), ("Standard & Poor's", "Standard & Poor's"),
        ("S&P Global", "S&P Global"), ("Fitch Ratings", "Fitch Ratings"), ("Nestle", "Nestlé"), ("Nestlé", "Nestlé"),
        ("Unilever", "Unilever"), ("McDonald's", "McDonald's"), ("Walmart", "Walmart"), ("Nike", "Nike"), ("Adidas", "Adidas"),
        ("IKEA", "IKEA"), ("Inditex", "Inditex"), ("LVMH", "LVMH"), ("Moderna", "Moderna"), ("BioNTech", "BioNTech"),
        ("Sanofi", "Sanofi"), ("GSK", "GSK"), ("Rheinmetall", "Rheinmetall"), ("BAE Systems", "BAE Systems"),
        ("General Dynamics", "General Dynamics"), ("Thales", "Thales"), ("Baykar", "Baykar"), ("Aselsan", "Aselsan"),
        ("Rolls-Royce", "Rolls-Royce"), ("Dassault Aviation", "Dassault Aviation"), ("Uzbekneftegaz", "Uzbekneftegaz"),
        ("Turkmengaz", "Turkmengaz"), ("Samruk-Kazyna", "Samruk-Kazyna"), ("Kaspi", "Kaspi"), ("Air Astana", "Air Astana"),
        ("Halyk Bank", "Halyk Bank"), ("Kazakhtelecom", "Kazakhtelecom"), ("Anglo American", "Anglo American"),
        ("Freeport-McMoRan", "Freeport-McMoRan"), ("Newmont", "Newmont"), ("Barrick Gold", "Barrick Gold"),
        ("Centerra Gold", "Centerra Gold"), ("Polymetal", "Polymetal"), ("Eurasian Resources Group", "Eurasian Resources Group"),
        ("Politico", "Politico"), ("Axios", "Axios"), ("Bloomberg News", "Bloomberg News"), ("Semafor", "Semafor"),
        ("Euronews", "Euronews"), ("Deutsche Welle", "Deutsche Welle"), ("NHK", "NHK"),
        ("Asia-Plus", "Asia-Plus"),
        // session 23: the energy companies of Ukraine, Moldova and Belarus and the commodity traders their gas and oil news
        // names ("Naftogaz Ukrainy" read a person)
        ("Naftogaz", "Naftogaz"), ("Naftogaz Ukrainy", "Naftogaz"), ("Naftogaz of Ukraine", "Naftogaz"), ("Ukrenergo", "Ukrenergo"),
        ("Energoatom", "Energoatom"), ("RosUkrEnergo", "RosUkrEnergo"), ("Moldovagaz", "Moldovagaz"), ("Beltransgaz", "Beltransgaz"),
        ("Belaruskali", "Belaruskali"), ("Vitol", "Vitol"), ("Trafigura", "Trafigura"),
        // and the Islamist movements Central Asian governments ban and blame ("blamed Hizb ut-Tahrir" read no name)
        ("Hizb ut-Tahrir", "Hizb ut-Tahrir"), ("Hizb-ut-Tahrir", "Hizb ut-Tahrir"), ("Hizb al-Tahrir", "Hizb ut-Tahrir"),
        ("Jamaat Ansarullah", "Jamaat Ansarullah"), ("Akramiya", "Akramiya"),
        // session 26: the parties that rule or lead the opposition in the former Soviet states and Hungary, whose names no
        // source lists ("Georgian Dream" read a people's adjective), Russia's state broadcasters abroad ("Sputnik Azerbaijan"
        // read a place), Congo's M23 rebels and Iran's Quds Force
        ("Georgian Dream", "Georgian Dream"), ("United National Movement", "United National Movement"), ("Civil Contract", "Civil Contract"),
        ("New Azerbaijan Party", "New Azerbaijan Party"), ("Yeni Azerbaijan Party", "New Azerbaijan Party"), ("Amanat", "Amanat"),
        ("Nur Otan", "Nur Otan"), ("Party of Action and Solidarity", "Party of Action and Solidarity"),
        ("Party of Socialists", "Party of Socialists"), ("United Russia", "United Russia"), ("Servant of the People", "Servant of the People"),
        ("Fidesz", "Fidesz"), ("Sputnik", "Sputnik"), ("RT", "RT"), ("Russia Today", "RT"), ("M23", "M23"), ("Quds Force", "Quds Force"),
    ];

    /// <summary>
    /// Heads of state and government and ministers world news names daily whom PETRARCH2's dictionaries, older than their
    /// terms, leave out (general vocabulary, as the organisations are): full name → canonical name, and "Lula", which was only
    /// a Swedish town's other name. Surnames alone are left to the model and the alias stage: in the gazetteer they stood over
    /// longer names ("the Trump Route for International Peace and Prosperity") and headlines' words.
    /// </summary>
    private static readonly (string Name, string Canonical)[] WellKnownPersons =
    [
        ("Donald Trump", "Donald Trump"), ("Volodymyr Zelensky", "Volodymyr Zelensky"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelensky"), ("Narendra Modi", "Narendra Modi"),
        ("Emmanuel Macron", "Emmanuel Macron"), ("Friedrich Merz", "Friedrich Merz"), ("Keir Starmer", "Keir Starmer"),
        ("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"), ("Sadyr Japarov", "Sadyr Japarov"),
        ("Serdar Berdimuhamedov", "Serdar Berdimuhamedov"), ("Nikol Pashinyan", "Nikol Pashinyan"),
        ("Alexander Lukashenko", "Alexander Lukashenko"), ("Maia Sandu", "Maia Sandu"), ("Marco Rubio", "Marco Rubio"),
        ("Javier Milei", "Javier Milei"), ("Cyril Ramaphosa", "Cyril Ramaphosa"), ("Masoud Pezeshkian", "Masoud Pezeshkian"),
        ("Ali Khamenei", "Ali Khamenei"), ("Kim Jong Un", "Kim Jong Un"), ("Kim Jong-un", "Kim Jong Un"),
        ("Lee Jae-myung", "Lee Jae-myung"), ("Shehbaz Sharif", "Shehbaz Sharif"),
        ("Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva"), ("Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva"),
        ("Lula", "Luiz Inacio Lula da Silva"), ("Claudia Sheinbaum", "Claudia Sheinbaum"), ("Pedro Sanchez", "Pedro Sanchez"),
        ("Pedro Sánchez", "Pedro Sanchez"), ("Mohammed bin Salman", "Mohammed bin Salman"), ("Kaja Kallas", "Kaja Kallas"),
        ("Antonio Costa", "Antonio Costa"), ("Mark Carney", "Mark Carney"), ("JD Vance", "JD Vance"),
        ("Steve Witkoff", "Steve Witkoff"), ("Pete Hegseth", "Pete Hegseth"), ("Andrii Sybiha", "Andrii Sybiha"),
        ("Mikhail Mishustin", "Mikhail Mishustin"), ("Dmitry Peskov", "Dmitry Peskov"), ("Maria Zakharova", "Maria Zakharova"),
        ("Wang Yi", "Wang Yi"), ("Li Qiang", "Li Qiang"), ("Hakan Fidan", "Hakan Fidan"), ("Jeyhun Bayramov", "Jeyhun Bayramov"),
        ("Ararat Mirzoyan", "Ararat Mirzoyan"), ("Bidzina Ivanishvili", "Bidzina Ivanishvili"),
        ("Irakli Kobakhidze", "Irakli Kobakhidze"), ("Sanae Takaichi", "Sanae Takaichi"),
    ];


    /// <summary>Short names news uses for a country that its list does not give ("Britain" beside "Great Britain").</summary>
    private static readonly (string Name, string Country)[] CountryShortNames = [("Britain", "United Kingdom")];

    /// <summary>Nationality adjectives news uses that the country list lacks or has only as a country's other name ("Saudi"
    /// is listed for Saudi Arabia, whose people the list calls "Saudi Arabian"); they come before the countries, so they win.</summary>
    private static readonly string[] ExtraDemonyms =
    [
        "Saudi", "Scottish", "Welsh", "Philippine", "Nepali", "Korean", "Azeri", "Argentinian", "Serb", "Croat", "Bosnian", "Persian",
        "Lao",
    ];

    /// <summary>
    /// Seats of government that news uses for the government ("the Kremlin said") and legislatures known by their own
    /// name (general vocabulary): organisations in every context, so the tagger's reading of a context ("Kremlin
    /// spokesman" as a person) does not override them.
    /// </summary>
    private static readonly string[] Institutions =
    [
        "Kremlin", "White House", "Pentagon", "Downing Street", "Elysee", "Élysée", "Elysee Palace", "Élysée Palace",
        "Quai d'Orsay", "Zhongnanhai", "Blue House", "Whitehall", "Foggy Bottom", "Bundestag", "Bundesrat", "Knesset",
        "State Duma", "Verkhovna Rada", "Sejm", "Riksdag", "Storting", "Folketing", "Oireachtas", "Jogorku Kenesh", "Jogorku Kengesh",
        "Majlisi Oli", "Majlisi Namoyandagon", "Halk Maslahaty", "State Great Khural", "Great Khural", "Saeima", "Seimas", "Riigikogu",
        "Mazhilis", "Oliy Majlis", "Milli Majlis", "Lok Sabha", "Rajya Sabha", "National People's Congress",
        // session 24: legislatures news names by one word of their own language ("The Mejlis, Turkmenistan's parliament" read a place)
        "Mejlis", "Majlis", "Majilis", "Majlisi Milli", "Duma", "Rada", "Althing", "Eduskunta", "Sabor", "Skupstina", "Sobranie",
        "Dail", "Dáil", "Seanad", "Loya Jirga", "Wolesi Jirga", "Meshrano Jirga",
    ];

    /// <summary>Religious, ethnic and political groups used as adjectives or nouns (NORP); singular → canonical.</summary>
    private static readonly string[] GroupWords =
    [
        "Western", "Muslim", "Christian", "Jewish", "Jew", "Sunni", "Shia", "Shiite", "Catholic", "Protestant", "Orthodox",
        "Buddhist", "Hindu", "Sikh", "Islamist", "Arab", "Kurdish", "Kurd", "Pashtun", "Baloch", "Uighur", "Uyghur",
        "Chechen", "Tatar", "Cossack", "Druze", "Alawite", "Yazidi", "Hazara", "Tamil", "Berber", "Tuareg", "Bedouin",
        "Democrat", "Republican", "Communist", "Socialist", "Baathist", "Zionist", "Maoist", "Bolshevik", "Soviet",
        "Houthi", "Rohingya", "Hutu", "Tutsi",
        // session 19: peoples and faiths news names that no country's demonym covers ("Afrikaner farmers" read a place)
        "Afrikaner", "Maronite", "Copt", "Coptic", "Ismaili", "Salafi", "Salafist", "Wahhabi", "Evangelical", "Hispanic", "Latino",
        "Kashmiri", "Tigrayan", "Fulani", "Igbo", "Yoruba", "Hausa", "Zulu", "Maori",
        // session 22: peoples of the breakaway and autonomous regions of the former Soviet Union, whose adjectives CountryInfo
        // lists as regions ("Abkhaz de facto leader" read a place)
        "Abkhaz", "Abkhazian", "Ossetian", "South Ossetian", "Adjarian", "Gagauz", "Karakalpak", "Pamiri", "Transnistrian",
    ];

    private void AddCountries()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(DataPath("countries_mledoze", "countries.json")));
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        var demonyms = new List<(string Form, string Canonical)>();
        foreach (var form in ExtraDemonyms)
        {
            Add(form, EntityLabels.Norp, form, "demonyms");
            demonyms.Add((form, form));
        }
        // (Before the countries' initials, which would take "N.C." for New Caledonia.)
        foreach (var (abbreviation, state) in StateInitials) Add(abbreviation, EntityLabels.Loc, state, "region list", GazetteerFlags.ExactCase);
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var ownDemonyms = Demonyms(c).ToList();
            string common = c.GetProperty("name").GetProperty("common").GetString()!;
            string official = c.GetProperty("name").GetProperty("official").GetString()!;
            Add(common, EntityLabels.Loc, common, "countries_mledoze", GazetteerFlags.Country);
            _countryByIso[c.GetProperty("cca2").GetString()!] = common;
            if (c.TryGetProperty("capital", out var capitals))
                foreach (var capital in capitals.EnumerateArray().Select(x => x.GetString()!).Where(IsLatin))
                {
                    _countryOfCapital.TryAdd(capital, common);
                    // "Washington D.C.": news names the capital without its district.
                    if (capital.EndsWith(" D.C.", StringComparison.Ordinal)) _countryOfCapital.TryAdd(capital[..^5], common);
                }
            if (IsLatin(official)) Add(official, EntityLabels.Loc, common, "countries_mledoze", GazetteerFlags.Country);
            foreach (var alt in c.GetProperty("altSpellings").EnumerateArray().Select(a => a.GetString()!))
            {
                if (!IsLatin(alt)) continue;
                if (!alt.Any(char.IsLower))
                {
                    // Abbreviations only when they are the initials of the name ("US", "UK", "USA"), never ISO codes like "IN" or "TO".
                    if (alt != Initials(common) && alt != Initials(official)) continue;
                    Add(alt, EntityLabels.Loc, common, "countries_mledoze", GazetteerFlags.ExactCase | GazetteerFlags.Country);
                    Add(string.Concat(alt.Select(ch => $"{ch}.")), EntityLabels.Loc, common, "countries_mledoze", GazetteerFlags.ExactCase | GazetteerFlags.Country);
                }
                // A listed name that is the people's ("Thai", "Togolese") is theirs, unless the country is called by it ("Vatican City").
                else if (alt.Length >= 4 && !(ownDemonyms.Contains(alt) && !common.StartsWith(alt + " ", StringComparison.Ordinal)))
                    Add(alt, EntityLabels.Loc, common, "countries_mledoze", GazetteerFlags.Country);
            }
            foreach (var key in new[] { "region", "subregion" })
                if (c.TryGetProperty(key, out var r) && r.GetString() is { Length: > 0 } region) regions.Add(region);
            foreach (var form in ownDemonyms) demonyms.Add((form, form));
            // "-stan" countries have a short ethnonym used as the adjective: Tajikistan → Tajik, Kyrgyzstan → Kyrgyz.
            var stan = StanStem().Match(common);
            if (stan.Success && stan.Groups[1].Value.Length >= 4) demonyms.Add((stan.Groups[1].Value, stan.Groups[1].Value));
        }
        foreach (var region in regions)
        {
            Add(region, EntityLabels.Loc, region, "countries_mledoze regions");
            if (RegionAdjective(region) is { } adjective) demonyms.Add((adjective, adjective));
        }
        foreach (var (region, adjective) in ExtraRegions)
        {
            Add(region, EntityLabels.Loc, region, "region list");
            if (adjective is not null) demonyms.Add((adjective, adjective));
        }
        foreach (var (name, country) in CountryShortNames) Add(name, EntityLabels.Loc, country, "countries_mledoze", GazetteerFlags.Country);
        foreach (var place in WellKnownPlaces) Add(place, EntityLabels.Loc, place, "region list");
        foreach (var (name, city) in FormerCapitalNames) Add(name, EntityLabels.Loc, city, "region list", GazetteerFlags.City);
        foreach (var word in GroupWords) demonyms.Add((word, word));
        foreach (var name in Institutions) Add(name, EntityLabels.Org, name, "institution list", GazetteerFlags.Institution);
        foreach (var (name, canonical) in WellKnownPersons) Add(name, EntityLabels.Person, canonical, "person list");
        foreach (var (name, canonical) in WellKnownOrganisations)
            // Curated as organisations, they stay organisations whatever the model reads in the context ("Gazprom said" a person).
            Add(name, EntityLabels.Org, canonical, "organisation list", GazetteerFlags.Institution | (name.Any(char.IsLower) ? GazetteerFlags.None : GazetteerFlags.ExactCase));
        foreach (var (form, canonical) in demonyms)
        {
            Add(form, EntityLabels.Norp, canonical, "demonyms");
            if (Plural(form) is { } plural) Add(plural, EntityLabels.Norp, canonical, "demonyms");
        }
    }

    /// <summary>A country's English demonyms in the list (masculine and feminine forms).</summary>
    private static IEnumerable<string> Demonyms(JsonElement country)
    {
        if (!country.GetProperty("demonyms").TryGetProperty("eng", out var eng)) yield break;
        foreach (var g in new[] { "m", "f" })
            if (eng.TryGetProperty(g, out var d) && d.GetString() is { Length: > 2 } form) yield return form;
    }

    [GeneratedRegex("^(\\p{Lu}\\p{Ll}+?)i?stan$")]
    private static partial Regex StanStem();

    /// <summary>"Central Asia" → "Central Asian", "Western Europe" → "Western European"; null when no regular adjective.</summary>
    private static string? RegionAdjective(string region) =>
        region.EndsWith('a') ? region + "n" : region.EndsWith("Europe", StringComparison.Ordinal) ? region + "an" : null;

    /// <summary>"Saudis", "Shiites", "Serbs"; none for an adjective that is no noun ("Scottish", "Chinese", "Dutch", "Swiss",
    /// "Kyrgyz", "Druze", "Western", "Orthodox"). A plural that is already a name keeps that entry ("Philippines").</summary>
    private static string? Plural(string demonym) =>
        NoPluralEnding().IsMatch(demonym) ? null : demonym + "s";

    [GeneratedRegex("(sh|ch|s|z|ese|ze|ern|x)$")]
    private static partial Regex NoPluralEnding();

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    private static bool IsLatin(string s) =>
        s.All(ch => ch < 0x250 || ch is '\u2019' or '\u2018' || (ch >= 0x1E00 && ch <= 0x1EFF)) && s.Any(char.IsLetter);

    /// <summary>
    /// "Almost XML": each country's record opens with &lt;CountryName&gt; and gives its ISO code; a &lt;Capital&gt;
    /// block lists the capital, then variant spellings of it (NAME_ in capitals); a &lt;Regions&gt; block lists provinces
    /// and regions, each its own name (<see cref="AddRegions"/>); a &lt;GeogFeatures&gt; block lists rivers, seas, mountains,
    /// deserts (<see cref="AddGeographicFeatures"/>).
    /// </summary>
    private void AddCountryNamesAndCapitals()
    {
        string text = CountryInfoText();
        AddCountryNames(text);
        AddCountryInfoBlocks(text, "Capital", variantsOfOne: true, "countryinfo capitals", flags: GazetteerFlags.Capital);
    }

    /// <summary>CountryInfo's text, read once for its capitals, regions and features.</summary>
    private string CountryInfoText() =>
        _countryInfo ??= File.ReadAllText(DataPath("countryinfo", "CountryInfo.120116.txt")).Replace("\0", "").Replace("\u001A", "");

    private string? _countryInfo;

    /// <summary>
    /// Natural features ("Crimea", "Sinai", "Volga", "Suez Canal"), after the person names are known: a one-word feature
    /// that is also a surname or first name ("Murray", "Nasser") is left out, as a person is the likelier reading.
    /// </summary>
    private void AddGeographicFeatures() =>
        AddCountryInfoBlocks(CountryInfoText(), "GeogFeatures", variantsOfOne: false, "countryinfo features", skipPersonNames: true);

    /// <summary>
    /// Provinces and regions, after the first names are counted: a region that is also a first name ("Vladimir",
    /// "Victoria") leaves the first name in the list and is marked ambiguous, where read before it would have hidden the
    /// first name.
    /// </summary>
    private void AddRegions() => AddCountryInfoBlocks(CountryInfoText(), "Regions", variantsOfOne: false, "countryinfo regions");

    /// <summary>
    /// Country names the current list no longer uses (it says "Türkiye", news still says "Turkey"), canonical as that
    /// list's name for the same ISO code. Names the list already has keep its entry (the first source wins).
    /// </summary>
    private void AddCountryNames(string text)
    {
        foreach (var record in text.Split("<CountryName>").Skip(1))
        {
            int close = record.IndexOf("</CountryName>", StringComparison.Ordinal);
            string raw = close < 0 ? "" : record[..close].Trim();
            if (!CapitalName().IsMatch(raw)) continue;  // the header's prose, or a composite such as "BOSNIAK/CROAT_FEDERATION"
            string name = TitleCase(raw.TrimEnd('_').Replace('_', ' '));
            var iso = IsoCode().Match(record);
            string canonical = iso.Success && _countryByIso.TryGetValue(iso.Groups[1].Value, out var common) ? common : name;
            Add(name, EntityLabels.Loc, canonical, "countryinfo countries", GazetteerFlags.Country);
        }
    }

    [GeneratedRegex("<ISO3166-alpha2>\\s*([A-Z]{2})\\s*</ISO3166-alpha2>")]
    private static partial Regex IsoCode();

    private void AddCountryInfoBlocks(string text, string tag, bool variantsOfOne, string source, bool skipPersonNames = false,
        GazetteerFlags flags = GazetteerFlags.None)
    {
        foreach (Match block in Regex.Matches(text, $"<{tag}>(.*?)</{tag}>", RegexOptions.Singleline))
        {
            // Names are written NAME_OF_PLACE_, a few with spaces ("KASAI ORIENTAL_"). The file's header documents the tags
            // in prose, and a few blocks hold a malformed line ("KOSTROMAs", "MELAKAN2"): a block of names is one whose lines
            // are mostly names, and only those lines are read.
            var lines = block.Groups[1].Value.Split('\n').Select(l => l.Split('#')[0].Trim().Replace(' ', '_')).Where(l => l.Length > 0).ToList();
            var names = lines.Where(l => CapitalName().IsMatch(l)).ToList();
            if (names.Count == 0 || 2 * names.Count < lines.Count) continue;
            var variants = names.Select(l => l.TrimEnd('_').Replace('_', ' ')).ToList();
            foreach (var v in variants)
            {
                string key = TextKey.Of(v);
                if (v.IndexOf(' ') < 0 && (_common.Contains(key) || skipPersonNames && (_surnames.Contains(key) || _firstNames.Contains(key)))) continue;
                Add(TitleCase(v), EntityLabels.Loc, TitleCase(variantsOfOne ? variants[0] : v), source, flags);
            }
        }
    }

    [GeneratedRegex("^[A-Z][A-Z_'.\\-]+$")]
    private static partial Regex CapitalName();


    // ---- common words and first names ---------------------------------------------------------------------

    /// <summary>
    /// Words seen in lower case at least twice and at least twice as often as capitalised mid-sentence, in the
    /// annotated corpora's running text: a capitalised occurrence of such a word is not by itself a name.
    /// </summary>
    private (HashSet<string> Common, HashSet<string> LowerCase) CommonWords()
    {
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var capital = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in CorpusSentences())
        {
            for (int i = 0; i < sentence.Count; i++)
            {
                string w = sentence[i].Token;
                if (w.Length < 2 || !w.All(char.IsLetter)) continue;
                string key = TextKey.Of(w);
                if (w.All(char.IsLower)) lower[key] = lower.GetValueOrDefault(key) + 1;
                else if (i > 0 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower)) capital[key] = capital.GetValueOrDefault(key) + 1;
            }
        }
        var lowerCase = lower.Where(kv => kv.Value >= 2).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        return (lowerCase.Where(k => lower[k] >= 2 * capital.GetValueOrDefault(k)).ToHashSet(StringComparer.Ordinal), lowerCase);
    }

    private readonly record struct TaggedToken(string Token, string Tag);

    /// <summary>
    /// Sentences of tokens (with their person/other tag where the corpus has one) from the training parts of UNER and
    /// CrossNER, re3d and Re-DocRED. UNER test and CrossNER dev are never read: they are the held-out evaluation sets.
    /// </summary>
    private IEnumerable<List<TaggedToken>> CorpusSentences()
    {
        foreach (var s in ReadColumns(DataPath("uner_en_ewt", "en_ewt-ud-dev.iob2"), tokenColumn: 1, tagColumn: 2)) yield return s;
        foreach (var s in ReadColumns(DataPath("crossner_politics", "train.txt"), tokenColumn: 0, tagColumn: 1)) yield return s;
        foreach (var line in File.ReadLines(DataPath("re3d", "re3d.train.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            foreach (var sentence in SentenceSplit().Split(doc.RootElement.GetProperty("text").GetString()!))
                yield return Words().Matches(sentence).Select(m => new TaggedToken(m.Value, "O")).ToList();
        }
        using var docred = JsonDocument.Parse(File.ReadAllBytes(DataPath("re_docred", "dev_revised.json")));
        foreach (var doc in docred.RootElement.EnumerateArray())
            foreach (var sent in doc.GetProperty("sents").EnumerateArray())
                yield return sent.EnumerateArray().Select(t => new TaggedToken(t.GetString()!, "O")).ToList();
    }

    [GeneratedRegex("(?<=[.!?])\\s+|\\n+")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex("[\\p{L}\\p{M}'’-]+|\\S")]
    private static partial Regex Words();

    private static IEnumerable<List<TaggedToken>> ReadColumns(string path, int tokenColumn, int tagColumn)
    {
        var sentence = new List<TaggedToken>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length <= Math.Max(tokenColumn, tagColumn))
            {
                if (sentence.Count > 0) yield return sentence;
                sentence = [];
                continue;
            }
            sentence.Add(new TaggedToken(f[tokenColumn], f[tagColumn]));
        }
        if (sentence.Count > 0) yield return sentence;
    }

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "minister", "prime", "premier", "secretary", "general", "gen", "chief", "king", "queen", "prince", "princess",
        "sheikh", "sheik", "emir", "sultan", "ayatollah", "mr", "mrs", "ms", "dr", "sir", "lord", "baron", "colonel", "col",
        "major", "captain", "admiral", "commander", "ambassador", "envoy", "spokesman", "spokeswoman", "chairman", "director",
        "governor", "mayor", "senator", "judge", "pope", "cardinal", "bishop", "former", "deputy", "vice", "foreign", "defense",
        "defence", "interior", "leader", "head", "crown", "grand", "supreme", "saint", "st", "holy", "imam", "mullah", "miss",
        "lady", "madame", "mister", "uncle", "brother", "sister", "father", "mother", "his", "her", "official", "officials", "peacekeeper", "peacekeepers", "representative",
        "delegate", "inspector", "inspectors", "staff", "officer", "officers", "worker", "workers", "chancellor", "marshal",
    };

    /// <summary>Spanish articles and saints' words that open places' names ("El Alto", "La Libertad", "San Isidro") and,
    /// in the corpora, a few persons' surnames ("El Baradei"): never a first name.</summary>
    private static readonly HashSet<string> PlaceNameOpeners = new(StringComparer.Ordinal) { "el", "la", "los", "las", "san", "santa" };

    /// <summary>
    /// First names and surnames: the first and last words of multi-word person names in the dictionaries and the
    /// annotated corpora.
    /// </summary>
    private void CollectFirstNames()
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in PetrarchBlocks("Phoenix.Countries.actors.txt"))
            if (block.Comment.Contains("CountryInfo", StringComparison.Ordinal) && block.Names[0].Split(' ') is { Length: >= 2 } words)
            {
                candidates.Add(words[0]);
                _surnames.Add(TextKey.Of(words[^1]));
            }
        foreach (var sentence in CorpusSentences())
            for (int i = 0; i + 1 < sentence.Count; i++)
            {
                if (sentence[i].Tag is not ("B-PER" or "B-person" or "B-politician") || !sentence[i + 1].Tag.StartsWith("I-", StringComparison.Ordinal)) continue;
                candidates.Add(sentence[i].Token);
                int last = i + 1;
                while (last + 1 < sentence.Count && sentence[last + 1].Tag.StartsWith("I-", StringComparison.Ordinal)) last++;
                _surnames.Add(TextKey.Of(sentence[last].Token));
            }
        foreach (var c in candidates)
        {
            string key = TextKey.Of(c);
            if (key.Length >= 2 && key.All(char.IsLetter) && char.IsUpper(c[0]) && !_common.Contains(key) && !TitleWords.Contains(key) && !PlaceNameOpeners.Contains(key)
                && !(_entries.TryGetValue(key, out var e) && e.Label is EntityLabels.Loc or EntityLabels.Norp))
                _firstNames.Add(key);
        }
    }

    // ---- PETRARCH actors ----------------------------------------------------------------------------------

    private sealed record ActorBlock(List<string> Names, List<string> Codes, string Comment);

    private static readonly string[] RoleEndings =
        ["SECRETARY GENERAL", "SECRETARY-GENERAL", "CHIEF", "SPOKESMAN", "OFFICIAL", "OFFICIALS", "PEACEKEEPER", "PEACEKEEPERS", "ENVOY",
         "AMBASSADOR", "DELEGATE", "INSPECTOR", "INSPECTORS", "WORKER", "WORKERS", "OFFICER", "OFFICERS", "STAFF", "REPRESENTATIVE", "PRESIDENT", "HEAD", "LEADER"];

    /// <summary>Each PETRARCH2 file's blocks, parsed once: the build reads them for names, first names, roots and root words.</summary>
    private readonly Dictionary<string, List<ActorBlock>> _blocksByFile = new(StringComparer.Ordinal);

    private List<ActorBlock> PetrarchBlocks(string file)
    {
        if (!_blocksByFile.TryGetValue(file, out var blocks)) _blocksByFile[file] = blocks = ReadPetrarchBlocks(file).ToList();
        return blocks;
    }

    /// <summary>Reads TABARI actor blocks: a root line, "+" synonym lines, and code lines ([CODE dates]); "#" starts a comment.</summary>
    private IEnumerable<ActorBlock> ReadPetrarchBlocks(string file)
    {
        ActorBlock? block = null;
        foreach (var raw in File.ReadLines(DataPath("petrarch2_dictionaries", file)))
        {
            string line = raw.Replace("\u001A", "");
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0) continue;
            int hash = line.IndexOf('#');
            string comment = hash >= 0 ? line[hash..] : "";
            string body = hash >= 0 ? line[..hash] : line;
            int bracket = body.IndexOf('[');
            string name = (bracket >= 0 ? body[..bracket] : body).Trim();
            string codes = bracket >= 0 ? body[bracket..] : "";
            if (char.IsWhiteSpace(line[0]) && name.Length == 0)
            {
                block?.Codes.Add(codes);
                continue;
            }
            if (name.StartsWith('+'))
            {
                block?.Names.Add(CleanActorName(name[1..]));
                if (codes.Length > 0) block?.Codes.Add(codes);
                continue;
            }
            if (block is not null) yield return block;
            block = new ActorBlock([CleanActorName(name)], codes.Length > 0 ? [codes] : [], comment);
        }
        if (block is not null) yield return block;
    }

    private static string CleanActorName(string name)
    {
        string clean = MultiSpace().Replace(name.Replace('_', ' ').Replace('\t', ' '), " ").Trim();
        return clean.StartsWith("THE ", StringComparison.Ordinal) ? clean[4..] : clean;
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultiSpace();

    /// <summary>A month and a number ("MAY 15", "MAY 98"), which is a date wherever it is written.</summary>
    [GeneratedRegex("^(?i:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \\d+$")]
    private static partial Regex MonthDay();

    [GeneratedRegex("^(.*?)\\s*\\(([A-Z]{2,8})\\)$")]
    private static partial Regex NameWithAcronym();

    private void AddPetrarch(string file, bool personsOnlyWhenTagged)
    {
        string source = "petrarch2 " + file.Split('.')[1];
        foreach (var block in PetrarchBlocks(file))
        {
            string root = block.Names[0];
            if (root.Length < 2 || root.Contains(',') || RoleEndings.Any(r => root.EndsWith(r, StringComparison.Ordinal))) continue;
            bool tagged = block.Comment.Contains("CountryInfo", StringComparison.Ordinal) || block.Comment.Contains("rulers", StringComparison.Ordinal);
            bool dated = block.Codes.Any(c => c.Any(char.IsDigit));
            string[] rootWords = root.Split(' ');
            // A name with a number is no person's ("MAY 19 COMMUNIST ORDER", "MS-13"), whatever first name it opens with.
            bool person = personsOnlyWhenTagged
                ? tagged && rootWords.Length >= 2
                : !MonthDay().IsMatch(root) && !root.Any(char.IsDigit) && (tagged || dated || (rootWords.Length >= 2 && _firstNames.Contains(TextKey.Of(rootWords[0]))
                                      && !EntityText.IsArabicArticle(rootWords[0]) && !rootWords.Any(OrganisationWords.Contains)));
            if (personsOnlyWhenTagged && !person) continue;
            string label = person ? EntityLabels.Person : EntityLabels.Org;
            var acronym = NameWithAcronym().Match(root);
            string canonical = rootWords.Length == 1 && root.Length <= 5 && !person ? root : TitleCase(acronym.Success ? acronym.Groups[1].Value : root, !person);
            // An acronym listed with the name it abbreviates is known by that name ("IMF" → "International Monetary Fund").
            if (!person && rootWords.Length == 1 && block.Names.FirstOrDefault(n => SpellsOut(n, root)) is { } full) canonical = TitleCase(full, organisation: true);
            var members = person ? null : MembersNamedIn(block);
            foreach (var raw in block.Names)
            {
                var m = NameWithAcronym().Match(raw);
                string name = m.Success ? m.Groups[1].Value : raw;
                // "HASSAN NASRALLAH" under HEZBOLLAH: CAMEO codes a leader as the organisation, but he is a person.
                if (members is not null && members.Contains(name))
                {
                    Add(name, EntityLabels.Person, TitleCase(name, organisation: false), source, name.Contains(' ') ? GazetteerFlags.None : GazetteerFlags.Ambiguous);
                    continue;
                }
                // The acronym in "LASHKAR-E-TAIBA (LET)" is matched in capitals only, else it tags "Let", "An", "Ca".
                if (m.Success) Add(m.Groups[2].Value, label, canonical, source, GazetteerFlags.ExactCase);
                // "MAY 15" (the group) reads as a date in any text.
                if (name.Contains('(') || name.Split(' ').Any(TitleWords.Contains) || MonthDay().IsMatch(name)) continue;
                bool single = !name.Contains(' ');
                // Short or vowel-less single words are abbreviations ("UN", "ICJ"): capitals only. "HAMAS", "NATO" are names.
                bool abbreviation = single && !person && (name.Length <= 3 || !name.Any(ch => "AEIOUY".Contains(ch)));
                // A common word is no name, but in capitals an abbreviation is ("un" is a word of the corpora, "UN" is not).
                if (single && !abbreviation && _common.Contains(TextKey.Of(name))) continue;
                if (person && single && _firstNames.Contains(TextKey.Of(name))) continue;
                // "ISLAMIC JIHAD" under HEZBOLLAH is also the end of PALESTINIAN ISLAMIC JIHAD's root: a name that another block's
                // root holds is known by itself, not as this block.
                string known = !person && raw != root && IsPartOfAnotherRoot(name, root) ? TitleCase(name, organisation: true) : canonical;
                Add(name, label, known, source, abbreviation ? GazetteerFlags.ExactCase : GazetteerFlags.None);
                // "BASHAR AL ASSAD": news writes the article joined to the name after it ("Bashar al-Assad").
                if (person && ArticleJoined(name) is { } joined) Add(joined, label, known, source);
            }
        }
    }

    /// <summary>The name with each Arabic article after its first word joined by a hyphen to the word after it ("BASHAR AL
    /// ASSAD" → "BASHAR AL-ASSAD"), or null when it has none.</summary>
    internal static string? ArticleJoined(string name)
    {
        var words = name.Split(' ');
        var joined = new List<string>(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            if (i > 0 && i + 1 < words.Length && EntityText.IsArabicArticle(words[i]))
            {
                joined.Add(words[i] + "-" + words[i + 1]);
                i++;
            }
            else joined.Add(words[i]);
        }
        return joined.Count == words.Length ? null : string.Join(' ', joined);
    }

    /// <summary>Honorifics that open a person's name in the dictionaries' organisation blocks ("SAYYED HASSAN NASRALLAH").</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "sayyed", "sayyid", "seyyed", "sayed", "mullah", "haji", "hajji", "maulana" };

    /// <summary>
    /// The names of persons listed in an organisation's block (CAMEO codes a leader as the organisation): a name of two to
    /// four words of letters that opens with an honorific or a first name (not a connector, a place's or a people's name,
    /// or a word that opens three or more organisations' roots) and holds no word of the root, no organisation word and no
    /// common word; and a single word that is the last word of one of them ("NASRALLAH").
    /// </summary>
    private HashSet<string> MembersNamedIn(ActorBlock block)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        var rootWords = block.Names[0].Split(' ').ToHashSet(StringComparer.Ordinal);
        foreach (var name in block.Names.Skip(1))
        {
            var words = name.Split(' ');
            if (words.Length is < 2 or > 4 || words.Any(rootWords.Contains) || words.Any(OrganisationWords.Contains) || EntityText.IsArabicArticle(words[0])
                || !words.All(w => w.All(ch => char.IsLetter(ch) || ch is '-' or '\''))
                || words.Any(w => _common.Contains(TextKey.Of(w)) || _lowerCaseWords.Contains(TextKey.Of(w)))) continue;
            // "ISLAMIC JIHAD", "ABU BASIR", "LE CELLE": a word that opens organisations' names or joins names opens no person's here.
            string first = TextKey.Of(words[0]);
            bool named = Honorifics.Contains(words[0])
                         || _firstNames.Contains(first) && !EntityText.IsConnector(first) && OrganisationRootWords().GetValueOrDefault(words[0]) < 3
                            && !(_entries.TryGetValue(first, out var known) && known.Label is EntityLabels.Loc or EntityLabels.Norp);
            if (named) members.Add(name);
        }
        foreach (var name in block.Names.Skip(1))
            if (!name.Contains(' ') && members.Any(m => m.EndsWith(" " + name, StringComparison.Ordinal))) members.Add(name);
        return members;
    }

    /// <summary>The PETRARCH2 actor dictionaries: international bodies, non-state groups, then countries' actors.</summary>
    private static readonly string[] ActorFiles = ["Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt"];

    /// <summary>Root names of every PETRARCH2 actor block, read once.</summary>
    private HashSet<string>? _petrarchRoots;

    private HashSet<string> PetrarchRoots() =>
        _petrarchRoots ??= ActorFiles.SelectMany(PetrarchBlocks).Select(b => b.Names[0]).ToHashSet(StringComparer.Ordinal);

    private Dictionary<string, int>? _organisationRootWords;

    /// <summary>How many PETRARCH2 roots of the international and non-state dictionaries hold each word ("ISLAMIC" many).</summary>
    private Dictionary<string, int> OrganisationRootWords()
    {
        if (_organisationRootWords is not null) return _organisationRootWords;
        _organisationRootWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in ActorFiles[..2].SelectMany(PetrarchBlocks))
            foreach (var word in block.Names[0].Split(' ').Distinct())
                _organisationRootWords[word] = _organisationRootWords.GetValueOrDefault(word) + 1;
        return _organisationRootWords;
    }

    /// <summary>Whether another block's root is <paramref name="name"/> (two words or more) after a people's or a place's
    /// name ("PALESTINIAN ISLAMIC JIHAD", "EGYPTIAN ISLAMIC JIHAD" beside HEZBOLLAH's "ISLAMIC JIHAD").</summary>
    private bool IsPartOfAnotherRoot(string name, string root)
    {
        if (!name.Contains(' ')) return false;
        foreach (var other in PetrarchRoots())
            if (other != root && other.EndsWith(" " + name, StringComparison.Ordinal) && other.IndexOf(' ') == other.Length - name.Length - 1
                && _entries.TryGetValue(TextKey.Of(other[..other.IndexOf(' ')]), out var qualifier) && qualifier.Label is EntityLabels.Norp or EntityLabels.Loc)
                return true;
        return false;
    }

    /// <summary>Words that make a name that begins with a first name an organisation's ("Carter Center", "Charles Schwab Corp");
    /// a name that begins with the Arabic article ("AL QA'IDA") is not a person's either.</summary>
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "&", "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "companies", "foundation", "center",
        "centre", "institute", "group", "international", "laboratories", "labs", "farms", "limited", "ltd", "ltd.",
        "fellowship", "services", "systems", "bank", "fund", "association", "society", "council", "committee",
        "university", "college", "school", "hospital", "church", "party", "front", "movement", "army", "brigade",
        "brigades", "union", "league", "network", "partners", "holdings", "industries", "technologies", "resources",
        "funding", "semiconductor", "rangers", "stones", "trust", "project", "alliance", "organization", "organisation",
    };

    private static readonly HashSet<string> LowerConnectors = new(StringComparer.Ordinal)
        { "of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "la", "le", "du", "von", "van", "der", "den" };

    /// <summary>
    /// Abbreviations with a vowel that stay in capitals in an organisation's name ("UN SECURITY COUNCIL" → "UN
    /// Security Council", not "Un Security Council"); general vocabulary, like <see cref="ExtraRegions"/>.
    /// </summary>
    private static readonly HashSet<string> AbbreviationsInNames = new(StringComparer.Ordinal) { "UN", "US", "USA", "UK", "EU", "UAE", "NATO", "OSCE", "OPEC", "ASEAN" };

    /// <summary>Persian, Urdu and Arabic particles written inside hyphenated names ("Jaish-e-Mohammed", "Harkat-ul-Mujahideen").</summary>
    private static readonly HashSet<string> HyphenParticles = new(StringComparer.Ordinal) { "e", "i", "ul", "ut", "ud", "ur", "us", "al", "el", "o" };

    [GeneratedRegex("^(?=[IVX]{2,})X{0,3}(IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();

    /// <summary>Whether <paramref name="name"/> has two or more words whose initials, connectors included or not, spell <paramref name="acronym"/>.</summary>
    private static bool SpellsOut(string name, string acronym)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || name.Contains('(')) return false;
        string all = string.Concat(words.Select(w => w[0])), content = string.Concat(words.Where(w => !LowerConnectors.Contains(w.ToLowerInvariant())).Select(w => w[0]));
        return all.Equals(acronym, StringComparison.OrdinalIgnoreCase) || content.Equals(acronym, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"INTERNATIONAL_ATOMIC_ENERGY_AGENCY" → "International Atomic Energy Agency"; short vowel-less words, known abbreviations and Roman numerals stay capitals;
    /// particles inside a hyphenated name stay lower case ("LASHKAR-E-TAIBA" → "Lashkar-e-Taiba", "HIZB-UT-TAHRIR").</summary>
    internal static string TitleCase(string upper, bool organisation = false)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string lower = words[i].ToLowerInvariant();
            if (i > 0 && LowerConnectors.Contains(lower)) { words[i] = lower; continue; }
            if (words[i].Contains('.') || (words[i].Length <= 4 && !words[i].Any(ch => "AEIOUY".Contains(ch)))) continue;
            if (organisation && AbbreviationsInNames.Contains(words[i])) continue;
            // A numeral ends a ruler's name ("Elizabeth II"); "Xi Jinping" begins with none.
            if (i > 0 && (organisation || i == words.Length - 1) && RomanNumeral().IsMatch(words[i])) continue;
            words[i] = string.Join('-', lower.Split('-').Select((p, k) => p.Length == 0 || k > 0 && HyphenParticles.Contains(p) ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        }
        return string.Join(' ', words);
    }

    // ---- cities -------------------------------------------------------------------------------------------

    private void AddCities()
    {
        var cities = new List<(string Name, string Ascii, string[] Alternates, int Population, string Feature)>();
        foreach (var line in File.ReadLines(DataPath("geonames_cities15000", "cities15000.txt")))
        {
            var f = line.Split('\t');
            if (f.Length < 15) continue;
            int population = int.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out int p) ? p : 0;
            cities.Add((f[1], f[2], f[3].Split(',', StringSplitOptions.RemoveEmptyEntries), population, f[7]));
        }
        // Larger places first, so a name shared by several places takes the largest one's canonical form.
        foreach (var c in cities.OrderByDescending(c => c.Population).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            bool major = c.Population >= MajorCityPopulation || c.Feature is "PPLC" or "PPLA";
            var names = new List<string> { c.Name, c.Ascii };
            // "Ts'khinvali", "Ryazan'": news drops the transliteration's apostrophes ("Tskhinvali", "Ryazan"), for every place;
            // not in a short name, which may make a word ("Ha'il": "Hail").
            if (TransliterationApostrophe().Replace(c.Ascii, "") is var plain && plain != c.Ascii && plain.Length >= 5) names.Add(plain);
            // Latin alternates of major places ("Moskva", "Kiev"), but only those sharing the initial: others are often
            // other places' names or historical names ("Salem" for Jerusalem, "Fort" for Augusta). After an Arabic article
            // the name's own initial counts too, for names of five letters or more ("Al Fallujah": "Fallujah", "Falluja";
            // not "Salt" for As Salt).
            char initial = char.ToUpperInvariant(c.Ascii.FirstOrDefault()), afterArticle = char.ToUpperInvariant(WithoutArabicArticle(c.Ascii).FirstOrDefault());
            if (major)
                names.AddRange(c.Alternates.Where(a => a.Length >= 3 && IsLatin(a) && char.IsUpper(a[0]) && a.Any(char.IsLower)
                                                       && (char.ToUpperInvariant(a[0]) == initial || a.Length >= 5 && char.ToUpperInvariant(a[0]) == afterArticle)));
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                if (name.Length < 3 || name.Any(ch => char.IsDigit(ch) || ch is '(' or ')' or ',' or '/')) continue;
                if (name.StartsWith("The ", StringComparison.Ordinal))
                {
                    // "The Colony" (Texas) would make "Colony" a place; a large city is known with and without its article
                    // ("The Hague", "the Hague").
                    if (c.Population < MajorCityPopulation) continue;
                    Add(name[4..], EntityLabels.Loc, c.Name, "geonames cities15000", GazetteerFlags.City);
                }
                var flags = GazetteerFlags.City | (major ? GazetteerFlags.None : GazetteerFlags.Minor);
                string key = TextKey.Of(name);
                bool primary = name == c.Name || name == c.Ascii;
                if (!name.Contains(' ') && (_lowerCaseWords.Contains(key) || _surnames.Contains(key)))
                {
                    if (!major || !primary) continue;
                    if (_lowerCaseWords.Contains(key)) flags |= GazetteerFlags.CommonWord;
                    if (_surnames.Contains(key)) flags |= GazetteerFlags.Ambiguous;
                }
                Add(name, EntityLabels.Loc, c.Name, "geonames cities15000", flags);
            }
        }
    }

    /// <summary>An apostrophe inside a word before a lower-case letter (not a possessive "'s") or ending a word.</summary>
    [GeneratedRegex("(?<=\\p{L})['’](?=\\p{Ll})(?!s(?:\\s|$))|(?<=\\p{Ll})['’](?=\\s|$)")]
    private static partial Regex TransliterationApostrophe();

    private static readonly string[] ArabicArticles = ["Al ", "Al-", "Ar ", "As ", "Ash ", "Ad ", "Adh ", "Az ", "An ", "At ", "Ath "];

    /// <summary>The name after a leading Arabic article ("Ar Raqqah" → "Raqqah"), or the name itself.</summary>
    private static string WithoutArabicArticle(string name)
    {
        foreach (var article in ArabicArticles)
            if (name.Length > article.Length + 2 && name.StartsWith(article, StringComparison.Ordinal) && char.IsUpper(name[article.Length]))
                return name[article.Length..];
        return name;
    }

    /// <summary>A single-word place or person name that is also a first name ("Florence", "Victoria") is ambiguous.</summary>
    private void MarkFirstNameCollisions()
    {
        foreach (var key in _entries.Keys.Where(k => !k.Contains(' ') && _firstNames.Contains(k)).ToList())
        {
            var e = _entries[key];
            _entries[key] = e with { Flags = e.Flags | GazetteerFlags.Ambiguous };
        }
    }
}
