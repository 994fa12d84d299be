using Extraction.Model;
using Extraction.Relations;
using Extraction.Segmentation;

namespace Extraction.Tests.Relations;

/// <summary>The pattern rules alone (no classifier) on hand-written sentences, positive and negative.</summary>
public sealed class RelationPatternTests
{
    /// <summary>A segmented document whose entities are the given (text, label) mentions, found left to right.</summary>
    internal static Document Tagged(string text, params (string Text, string Label)[] mentions)
    {
        var doc = new Document("test", text, new DocumentSource("test"));
        int from = 0, n = 1;
        foreach (var (mention, label) in mentions)
        {
            int start = text.IndexOf(mention, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"mention not found: {mention}");
            doc.Entities.Add(new Entity { Id = "T" + n++, Start = start, End = start + mention.Length, Label = label, Text = mention, Canonical = mention, Source = "test" });
            from = start + mention.Length;
        }
        new Segmenter().Process(doc);
        return doc;
    }

    private static List<(string Type, string Head, string Tail, string? Trigger)> Relations(string text, params (string, string)[] mentions)
    {
        var doc = Tagged(text, mentions);
        new RelationStage(classifier: null).Process(doc);
        return doc.Relations.Select(r => (r.Type, doc.EntityById(r.Head)!.Text, doc.EntityById(r.Tail)!.Text, r.Trigger?.Text)).ToList();
    }

    private const string P = EntityLabels.Person, O = EntityLabels.Org, L = EntityLabels.Loc, N = EntityLabels.Norp;

    /// <summary>A place after a comma that describes a person's title is no address ("in Gaza, U.S. President Donald Trump said").</summary>
    [Fact]
    public void A_place_before_a_title_is_no_address()
    {
        Assert.DoesNotContain(Relations("They ended the war in Gaza, U.S. President Donald Trump said.", ("Gaza", L), ("U.S.", L), ("Donald Trump", P)),
            r => r.Type == RelationTypes.CoLocated);
        Assert.Contains((RelationTypes.CoLocated, "Kazan", "Russia", ","), Relations("The summit in Kazan, Russia ended.", ("Kazan", L), ("Russia", L)));
    }

    /// <summary>A meeting's place is no partner ("New" opens a title's modifiers, "new ambassador", but here a name).</summary>
    [Fact]
    public void A_meeting_s_place_is_no_partner()
    {
        Assert.Empty(Relations("The Security Council will hold an emergency meeting in New York on Friday.", ("Security Council", O), ("New York", L)));
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin arrived on Monday.", "Russian", N, "Vladimir Putin", "President")]
    [InlineData("On Tuesday Kyrgyz President Askar Akayev opened the session.", "Kyrgyz", N, "Askar Akayev", "President")]
    [InlineData("Hamas leader Ismail Haniyeh was in Cairo.", "Hamas", O, "Ismail Haniyeh", "leader")]
    [InlineData("Israeli Prime Minister Benjamin Netanyahu spoke.", "Israeli", N, "Benjamin Netanyahu", "Prime Minister")]
    [InlineData("UN Secretary-General Antonio Guterres called for calm.", "UN", O, "Antonio Guterres", "Secretary-General")]
    // a director general heads the body, as a secretary general does (it read BELONGS_TO: "general" is a rank)
    [InlineData("Rosatom's director general, Alexei Likhachev, visited Astana.", "Rosatom", O, "Alexei Likhachev", "director general")]
    [InlineData("Russia’s president, Vladimir Putin, declined.", "Russia", L, "Vladimir Putin", "president")]
    // "de facto" is no portfolio (it read BELONGS_TO)
    [InlineData("Abkhazia's de facto president Sergei Bagapsh spoke.", "Abkhazia", L, "Sergei Bagapsh", "de facto president")]
    // a chief justice heads the court, a justice is its member (there was no relation: "justice" was only a portfolio's word)
    [InlineData("Pakistan's Supreme Court Chief Justice Qazi Faez Isa heard the case.", "Supreme Court", O, "Qazi Faez Isa", "Chief Justice")]
    public void Head_title_before_a_person_is_in_charge_of(string text, string org, string orgLabel, string person, string trigger)
    {
        Assert.Contains((RelationTypes.InChargeOf, person, org, trigger), Relations(text, (org, orgLabel), (person, P)));
    }

    [Theory]
    [InlineData("Russia’s Foreign Minister Sergei Lavrov flew in.", "Russia", L, "Sergei Lavrov", "Foreign Minister")]
    [InlineData("French Defence Minister Florence Parly visited the base.", "French", N, "Florence Parly", "Defence Minister")]
    [InlineData("U.S. Secretary of State John Kerry left.", "U.S.", L, "John Kerry", "Secretary of State")]
    [InlineData("Russian Deputy Prime Minister Dmitry Rogozin said so.", "Russian", N, "Dmitry Rogozin", "Deputy Prime Minister")]
    [InlineData("A Pentagon spokesman John Kirby declined to comment.", "Pentagon", O, "John Kirby", "spokesman")]
    // the head of a portfolio is a member of the body ("intelligence chief" read IN_CHARGE_OF Ukraine)
    [InlineData("Ukraine's intelligence chief Kyrylo Budanov said so.", "Ukraine", L, "Kyrylo Budanov", "intelligence chief")]
    [InlineData("EU foreign policy chief Josep Borrell called it negative.", "EU", O, "Josep Borrell", "foreign policy chief")]
    // a chargé d'affaires is a diplomat of the state named before the title (it read no relation)
    [InlineData("Russian chargé d'affaires Pyotr Volokovykh was summoned.", "Russian", N, "Pyotr Volokovykh", "chargé d'affaires")]
    // a reporter belongs to the newspaper named before the title (it read no relation)
    [InlineData("Wall Street Journal reporter Evan Gershkovich was freed.", "Wall Street Journal", O, "Evan Gershkovich", "reporter")]
    [InlineData("Constitutional Court Justice Leona Theron read the ruling.", "Constitutional Court", O, "Leona Theron", "Justice")]
    // the leader of a country's opposition leads no country (it read IN_CHARGE_OF Venezuelan)
    [InlineData("Venezuelan opposition leader Maria Corina Machado won the prize.", "Venezuelan", N, "Maria Corina Machado", "opposition leader")]
    public void Member_title_before_a_person_belongs_to(string text, string org, string orgLabel, string person, string trigger)
    {
        Assert.Contains((RelationTypes.BelongsTo, person, org, trigger), Relations(text, (org, orgLabel), (person, P)));
    }

    [Theory]
    [InlineData("He met Sergei Lavrov, Russia’s Foreign Minister, on Friday.", "Sergei Lavrov", "Russia", L, RelationTypes.BelongsTo, "Foreign Minister")]
    [InlineData("Sergei Shoigu, the Russian defence minister, visited.", "Sergei Shoigu", "Russian", N, RelationTypes.BelongsTo, "defence minister")]
    [InlineData("Ismail Haniyeh, the leader of Hamas, said the talks failed.", "Ismail Haniyeh", "Hamas", O, RelationTypes.InChargeOf, "leader")]
    [InlineData("John Kirby, a spokesman for the Pentagon, said so.", "John Kirby", "Pentagon", O, RelationTypes.BelongsTo, "spokesman")]
    // "with" names the employer too (there was no relation)
    [InlineData("Acacia Shields, a researcher with Human Rights Watch, said so.", "Acacia Shields", "Human Rights Watch", O, RelationTypes.BelongsTo, "researcher")]
    [InlineData("Levan Khabeishvili, the chairman of the opposition United National Movement, was beaten.", "Levan Khabeishvili", "United National Movement", O, RelationTypes.InChargeOf, "chairman")]
    [InlineData("Bola Tinubu, the current chairman of ECOWAS, spoke.", "Bola Tinubu", "ECOWAS", O, RelationTypes.InChargeOf, "current chairman")]
    // a relative clause of heading (none was found)
    [InlineData("Army chief Abdel Fattah al-Burhan, who heads the Sovereignty Council, vowed to fight on.", "Abdel Fattah al-Burhan", "Sovereignty Council", O, RelationTypes.InChargeOf, "heads")]
    // a describing compound describes the body after it
    [InlineData("Mazloum Abdi, the commander of the U.S.-backed Syrian Democratic Forces, signed the deal.", "Mazloum Abdi", "Syrian Democratic Forces", O, RelationTypes.InChargeOf, "commander")]
    // a visiting fellow at a body is its member (none was found)
    [InlineData("\"He will be powerful,\" said Nguyen Khac Giang, a visiting fellow at the ISEAS-Yusof Ishak Institute.", "Nguyen Khac Giang", "ISEAS-Yusof Ishak Institute", O, RelationTypes.BelongsTo, "visiting fellow")]
    // a candidate of a party is its member (none was found)
    [InlineData("Lee, the candidate of the liberal Democratic Party, won.", "Lee", "Democratic Party", O, RelationTypes.BelongsTo, "candidate")]
    // the head of a body a name owns belongs to the owner (it read IN_CHARGE_OF Russia), unless the body governs it
    [InlineData("It was drafted by Kirill Dmitriev, the head of Russia's sovereign wealth fund.", "Kirill Dmitriev", "Russia", L, RelationTypes.BelongsTo, "head")]
    [InlineData("Min Aung Hlaing, the head of Myanmar's military government, spoke.", "Min Aung Hlaing", "Myanmar", L, RelationTypes.InChargeOf, "head")]
    // a describing word may come before the title (none was found)
    [InlineData("Bidzina Ivanishvili, the billionaire founder of Georgian Dream, accused them.", "Bidzina Ivanishvili", "Georgian Dream", O, RelationTypes.InChargeOf, "founder")]
    // "de facto" says what kind of rule a title is (none was found)
    [InlineData("Eduard Kokoity, the de facto president of South Ossetia, dismissed it.", "Eduard Kokoity", "South Ossetia", L, RelationTypes.InChargeOf, "president")]
    [InlineData("Kokoity, South Ossetia's de facto leader, agreed.", "Kokoity", "South Ossetia", L, RelationTypes.InChargeOf, "leader")]
    public void Appositive_after_a_person(string text, string person, string org, string orgLabel, string type, string trigger)
    {
        Assert.Contains((type, person, org, trigger), Relations(text, (person, P), (org, orgLabel)));
    }

    /// <summary>A relative clause of heading a body a place owns names the body (it read IN_CHARGE_OF Kyrgyzstan).</summary>
    [Fact]
    public void The_body_a_possessor_owns_is_the_one_headed()
    {
        var found = Relations("Kamchybek Tashiev, who heads Kyrgyzstan's State Committee for National Security, signed a protocol.",
            ("Kamchybek Tashiev", P), ("Kyrgyzstan", L), ("State Committee for National Security", O));
        Assert.Contains((RelationTypes.InChargeOf, "Kamchybek Tashiev", "State Committee for National Security", "heads"), found);
        Assert.DoesNotContain(found, r => r.Item3 == "Kyrgyzstan");
    }

    /// <summary>A person "of" an organisation belongs to it (none was found); "of" a place says nothing so sure.</summary>
    [Fact]
    public void A_person_of_an_organisation_belongs_to_it()
    {
        Assert.Contains((RelationTypes.BelongsTo, "Kim Moon-soo", "People Power Party", "of"),
            Relations("Kim Moon-soo of the conservative People Power Party lost.", ("Kim Moon-soo", P), ("People Power Party", O)));
        Assert.Empty(Relations("Omar Abdullah of Jammu and Kashmir spoke.", ("Omar Abdullah", P), ("Jammu and Kashmir", L)));
    }

    /// <summary>A place inside a describing compound before a title is no affiliation (it read BELONGS_TO Bishkek): where
    /// the person is based, the place is theirs.</summary>
    [Fact]
    public void A_place_in_a_based_compound_before_a_title_is_where_the_person_is()
    {
        var relations = Relations("Bishkek-based analyst Emil Dzhuraev said so. Kremlin-backed lawmaker Ivan Petrov agreed.",
            ("Bishkek", L), ("Emil Dzhuraev", P), ("Kremlin", O), ("Ivan Petrov", P));
        Assert.Equal([(RelationTypes.CoLocated, "Emil Dzhuraev", "Bishkek", "Bishkek-based")], relations);
    }

    /// <summary>The person a body is led by is in charge of it (it read BELONGS_TO from the classifier); a delegation
    /// "from" a body, or a mission "in" a place, led by someone is the delegation's or the mission's.</summary>
    [Fact]
    public void The_person_a_body_is_led_by_is_in_charge_of_it()
    {
        Assert.Contains((RelationTypes.InChargeOf, "Mohamed Hamdan Dagalo", "RSF", "led by"),
            Relations("The RSF, led by Mohamed Hamdan Dagalo, has been fighting the army.", ("RSF", O), ("Mohamed Hamdan Dagalo", P)));
        Assert.Contains((RelationTypes.InChargeOf, "Abdel Fattah al-Burhan", "Sovereignty Council", "headed by"),
            Relations("The Sovereignty Council, headed by Army chief Abdel Fattah al-Burhan, met.", ("Sovereignty Council", O), ("Abdel Fattah al-Burhan", P)));
        Assert.Empty(Relations("He received a delegation from the European Union led by Commissioner Kadri Simson.", ("European Union", O), ("Kadri Simson", P)));
        // the noun of a body's kind may come between (none was found)
        Assert.Contains((RelationTypes.InChargeOf, "Roza Otunbayeva", "Ata-Jurt", "led by"),
            Relations("The Ata-Jurt movement led by Roza Otunbayeva criticized the deal.", ("Ata-Jurt", O), ("Roza Otunbayeva", P)));
        // nor is a place a mission is posted in (it read IN_CHARGE_OF Georgia)
        Assert.DoesNotContain(Relations("The OSCE mission in Georgia, headed by Roy Reeve, called for talks.", ("OSCE", O), ("Georgia", L), ("Roy Reeve", P)),
            r => r.Tail == "Georgia" && r.Head == "Roy Reeve");
    }

    /// <summary>A state or body set off as an ally of another is its military ally (no relation was found).</summary>
    [Theory]
    [InlineData("China, a close ally of Pakistan, urged both sides to exercise calm.", "China", "Pakistan", "ally of")]
    [InlineData("Washington, a treaty ally of Manila, has said an attack would trigger its obligations.", "Washington", "Manila", "ally of")]
    [InlineData("Russia, Armenia's formal ally, was notably absent.", "Russia", "Armenia", "ally")]
    public void An_ally_in_apposition_is_a_military_ally(string text, string head, string tail, string trigger)
    {
        Assert.Contains((RelationTypes.MilitaryAllyOf, head, tail, trigger), Relations(text, (head, L), (tail, L)));
    }

    [Fact]
    public void The_backer_in_a_describing_compound_is_no_affiliation()
    {
        // it related Abdi to "U.S." as the body he commands
        var relations = Relations("Mazloum Abdi, the commander of the U.S.-backed Syrian Democratic Forces, signed the deal.",
            ("Mazloum Abdi", P), ("U.S.", L), ("Syrian Democratic Forces", O));
        Assert.Contains((RelationTypes.InChargeOf, "Mazloum Abdi", "Syrian Democratic Forces", "commander"), relations);
        Assert.DoesNotContain(relations, r => r.Tail == "U.S.");
    }

    [Fact]
    public void A_posting_after_the_title_makes_the_comma_an_apposition()
    {
        var relations = Relations("The EU ambassador to Georgia, Carl Hartzell, criticized the vote.", ("EU", O), ("Georgia", L), ("Carl Hartzell", P));
        Assert.Contains((RelationTypes.BelongsTo, "Carl Hartzell", "EU", "ambassador"), relations);
        Assert.DoesNotContain(relations, r => r.Tail == "Georgia" && r.Type != RelationTypes.CoLocated);
    }

    /// <summary>After a body and a title, "for" names the posting, not the affiliation (it read Sadiq BELONGS_TO Afghanistan).</summary>
    [Fact]
    public void A_posting_after_for_is_passed_over_for_the_body_before_the_title()
    {
        var relations = Relations("Pakistan's special envoy for Afghanistan, Mohammad Sadiq, met officials.",
            ("Pakistan", L), ("Afghanistan", L), ("Mohammad Sadiq", P));
        Assert.Contains((RelationTypes.BelongsTo, "Mohammad Sadiq", "Pakistan", "special envoy"), relations);
        Assert.DoesNotContain(relations, r => r.Tail == "Afghanistan" && r.Type != RelationTypes.CoLocated);
        // without a body before the title, "for" names it
        Assert.Contains((RelationTypes.BelongsTo, "John Kirby", "Pentagon", "spokesman"),
            Relations("A spokesman for the Pentagon, John Kirby, declined.", ("Pentagon", O), ("John Kirby", P)));
    }

    /// <summary>
    /// A list of parties before "in" a place is not in that place (it read Germany CO_LOCATED Istanbul); a list of sites is;
    /// and the one who talks is no name after a preposition (it read the IAEA talking with Washington).
    /// </summary>
    [Fact]
    public void A_list_of_parties_is_not_located_in_the_place_after_it_and_a_prepositional_name_does_not_talk()
    {
        var relations = Relations("Iran will hold talks with Britain, France and Germany in Istanbul on Friday.",
            ("Iran", L), ("Britain", L), ("France", L), ("Germany", L), ("Istanbul", L));
        Assert.DoesNotContain(relations, r => r.Type == RelationTypes.CoLocated);
        Assert.Contains((RelationTypes.CoLocated, "Batken", "Kyrgyzstan", "in"),
            Relations("Clashes in Vorukh and Batken in Kyrgyzstan ended.", ("Vorukh", L), ("Batken", L), ("Kyrgyzstan", L)));
        relations = Relations("Sanctions follow unless Iran resumes cooperation with the IAEA and returns to negotiations with Washington.",
            ("Iran", L), ("IAEA", O), ("Washington", L));
        Assert.Contains((RelationTypes.CommunicatedWith, "Iran", "Washington", "negotiations with"), relations);
        Assert.DoesNotContain(relations, r => r.Head == "IAEA");
        // a portfolio's lower-case words may stand between the possessive and the title (it read CO_LOCATED, by the classifier)
        relations = Relations("Pakistan's petroleum minister, Ali Pervaiz Malik, told reporters the sale was welcome.", ("Pakistan", L), ("Ali Pervaiz Malik", P));
        Assert.Contains((RelationTypes.BelongsTo, "Ali Pervaiz Malik", "Pakistan", "petroleum minister"), relations);
        // … or between a name and the title, the head of a portfolio being a member, of a division its head (they read nothing)
        Assert.Contains((RelationTypes.BelongsTo, "Teresa Ribera", "EU", "antitrust chief"),
            Relations("EU antitrust chief Teresa Ribera said the companies had 60 days.", ("EU", O), ("Teresa Ribera", P)));
        Assert.Contains((RelationTypes.InChargeOf, "Veniamin Kondratyev", "Krasnodar", "region governor"),
            Relations("Krasnodar region governor Veniamin Kondratyev said three were hurt.", ("Krasnodar", L), ("Veniamin Kondratyev", P)));
        // a capitalised portfolio too (it read nothing), but no verb ("Peru's Congress removes President Boluarte" read BELONGS_TO Peru)
        Assert.Contains((RelationTypes.BelongsTo, "Yersain Nagaspayev", "Kazakh", "Industry Minister"),
            Relations("Kazakh Industry Minister Yersain Nagaspayev said the government welcomed the sale.", ("Kazakh", N), ("Yersain Nagaspayev", P)));
        Assert.Empty(Relations("Peru's Congress removes President Boluarte", ("Peru", L), ("Boluarte", P)));
        // an honorific after the title is the name's (it read BELONGS_TO, "Sheikh" ending the title)
        Assert.Contains((RelationTypes.InChargeOf, "Mohammed bin Abdulrahman Al Thani", "Qatar", "Prime Minister Sheikh"),
            Relations("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani called the attack terrorism.", ("Qatar", L), ("Mohammed bin Abdulrahman Al Thani", P)));
        // a role after "as" and a verb of office (they read nothing, and CO_LOCATED by the classifier)
        Assert.Contains((RelationTypes.InChargeOf, "Rodrigo Paz", "Bolivia", "president"),
            Relations("Rodrigo Paz was sworn in as Bolivia's president on Saturday.", ("Rodrigo Paz", P), ("Bolivia", L)));
        Assert.Contains((RelationTypes.InChargeOf, "Jeri", "Peru", "president"),
            Relations("Jeri took office as president of Peru in October.", ("Jeri", P), ("Peru", L)));
        Assert.DoesNotContain(Relations("Putin spoke as leaders of Russia and China met.", ("Putin", P), ("Russia", L), ("China", L)),
            r => r.Type == RelationTypes.InChargeOf);
        // … but a verb or a preposition names no portfolio
        Assert.DoesNotContain(Relations("The National Electoral Council declared President Nicolas Maduro the winner.",
            ("National Electoral Council", O), ("Nicolas Maduro", P)), r => r.Head == "Nicolas Maduro");
        // an organisation's title set off by a comma before the person (it read CO_LOCATED Moscow, by the classifier)
        relations = Relations("Russia's Foreign Ministry spokeswoman, Maria Zakharova, said Moscow was ready to help.",
            ("Russia", L), ("Foreign Ministry", O), ("Maria Zakharova", P), ("Moscow", L));
        Assert.Contains((RelationTypes.BelongsTo, "Maria Zakharova", "Foreign Ministry", "spokeswoman"), relations);
        // the dateline's place talks to no one; a possessor talks through its government (it read BOGOTA)
        relations = Relations("BOGOTA - Colombia's government suspended peace talks with the National Liberation Army on Friday.",
            ("BOGOTA", L), ("Colombia", L), ("National Liberation Army", O));
        Assert.Contains((RelationTypes.CommunicatedWith, "Colombia", "National Liberation Army", "talks with"), relations);
        Assert.DoesNotContain(relations, r => r.Head == "BOGOTA");
    }

    private static readonly RelationClassifier Shipped = RelationClassifier.Load(Path.Combine(Extraction.Tests.Support.TestPaths.RepoRoot, RelationStage.DefaultModelPath));

    /// <summary>With the gazetteer's place facts, no country lies in a country, a capital or a city, no capital in another
    /// capital or in a country but its own.</summary>
    [Fact]
    public void No_country_lies_in_another_country_or_a_capital()
    {
        List<(string, string, string, string?)> Located(string text, params (string, string)[] mentions)
        {
            var doc = Tagged(text, mentions);
            new RelationStage(classifier: Shipped, places: Extraction.Tests.Entities.EntityTestData.Committed).Process(doc);
            return doc.Relations.Where(r => r.Type == RelationTypes.CoLocated)
                .Select(r => (r.Type, doc.EntityById(r.Head)!.Text, doc.EntityById(r.Tail)!.Text, r.Trigger?.Text)).ToList();
        }
        Assert.Empty(Located("The dispute over Armenia in Azerbaijan went on.", ("Armenia", L), ("Azerbaijan", L)));
        Assert.Empty(Located("The embassy of Tajikistan in Moscow said so.", ("Tajikistan", L), ("Moscow", L)));
        Assert.Contains((RelationTypes.CoLocated, "Vorukh", "Tajikistan", "in"), Located("Clashes broke out in Vorukh in Tajikistan.", ("Vorukh", L), ("Tajikistan", L)));
        // nor in a city (it read "Armenia" in "Gyumri"); a capital lies in its own country only (it read "Moscow" in "Tajikistan")
        Assert.Empty(Located("Russia's base keeps Armenia in Gyumri.", ("Armenia", L), ("Gyumri", L)));
        Assert.Empty(Located("Talks with Moscow in Tajikistan went on.", ("Moscow", L), ("Tajikistan", L)));
        Assert.Contains((RelationTypes.CoLocated, "Dushanbe", "Tajikistan", "in"), Located("The summit in Dushanbe in Tajikistan ended.", ("Dushanbe", L), ("Tajikistan", L)));
        // a sum or a share lies nowhere (it read "$500 billion" in "U.S.")
        Assert.Empty(Located("Apple to invest $500 billion in U.S.", ("$500 billion", EntityLabels.Money), ("U.S.", L)));
        Assert.Empty(Located("Shares rose 3% in Tokyo.", ("3%", EntityLabels.Quantity), ("Tokyo", L)));
    }

    [Fact]
    public void The_gazetteer_knows_each_capital_s_country()
    {
        var places = Extraction.Tests.Entities.EntityTestData.Committed;
        Assert.Equal(("Tajikistan", "Russia", "United States"),
            (places.CountryOfCapital("Dushanbe"), places.CountryOfCapital("Moscow"), places.CountryOfCapital("Washington")));
        Assert.Null(places.CountryOfCapital("Vorukh"));
    }

    /// <summary>In a list of titled persons the title after a comma is the next person's (it read Lula IN_CHARGE_OF Argentine).</summary>
    [Fact]
    public void A_title_after_a_comma_followed_by_a_name_is_that_name_s()
    {
        var relations = Relations("Brazilian President Lula da Silva, Argentine President Javier Milei and Paraguay's Santiago Pena attended.",
            ("Brazilian", N), ("Lula da Silva", P), ("Argentine", N), ("Javier Milei", P), ("Paraguay", L), ("Santiago Pena", P));
        Assert.Contains((RelationTypes.InChargeOf, "Javier Milei", "Argentine", "President"), relations);
        Assert.DoesNotContain(relations, r => r.Head == "Lula da Silva" && r.Tail == "Argentine");
    }

    [Fact]
    public void An_appositive_title_of_a_possessed_body_names_the_body()
    {
        var relations = Relations("Dmitry Medvedev, now deputy chairman of Russia's Security Council, warned Kyiv.",
            ("Dmitry Medvedev", P), ("Russia", L), ("Security Council", O), ("Kyiv", L));
        Assert.Contains((RelationTypes.BelongsTo, "Dmitry Medvedev", "Security Council", "deputy chairman"), relations);
    }

    [Fact]
    public void Title_of_an_organisation_before_a_person()
    {
        var found = Relations("Canberra hosted the Minister of Foreign Affairs of Iraq, Ibrahim al-Jaafari, on Monday.",
            ("Canberra", L), ("Iraq", L), ("Ibrahim al-Jaafari", P));
        Assert.Contains((RelationTypes.BelongsTo, "Ibrahim al-Jaafari", "Iraq", "Minister of Foreign Affairs"), found);
        // an acronym in parentheses, or lower-case words saying what the body is, may follow its name (neither was found)
        found = Relations("The head of the State Committee for National Security (GKNB), Kamchybek Tashiev, defended the measure.",
            ("State Committee for National Security", O), ("GKNB", O), ("Kamchybek Tashiev", P));
        Assert.Contains((RelationTypes.InChargeOf, "Kamchybek Tashiev", "State Committee for National Security", "head"), found);
        found = Relations("The director of the Bilim Karvoni think tank, Farkhod Tolipov, said so.", ("Bilim Karvoni", O), ("Farkhod Tolipov", P));
        Assert.Contains((RelationTypes.InChargeOf, "Farkhod Tolipov", "Bilim Karvoni", "director"), found);
    }

    [Theory]
    [InlineData("Russia and President Emomali Rahmon signed the deal.", "Russia", L, "Emomali Rahmon")]
    [InlineData("In Russia, President Putin is popular.", "Russia", L, "Putin")]
    [InlineData("Russia welcomed Vladimir Putin home.", "Russia", L, "Vladimir Putin")]
    [InlineData("The Russian said Putin would come.", "Russian", N, "Putin")]
    public void No_title_relation_without_an_adjacent_title(string text, string org, string orgLabel, string person)
    {
        Assert.DoesNotContain(Relations(text, (org, orgLabel), (person, P)), r => r.Type is RelationTypes.InChargeOf or RelationTypes.BelongsTo);
    }

    [Theory]
    [InlineData("the future of the 201st MRD in Tajikistan is unclear.", "201st MRD", O, "Tajikistan", "in")]
    [InlineData("It buys helicopters from the Kazan company in Russia.", "Kazan", L, "Russia", "company in")]
    [InlineData("The 82nd Airborne Division in Poland was put on alert.", "82nd Airborne Division", O, "Poland", "in")]
    [InlineData("Hezbollah fighters based in Syria withdrew.", "Hezbollah", O, "Syria", "fighters based in")]
    [InlineData("The plane landed in Kazan, Russia.", "Kazan", L, "Russia", ",")]
    // a comma closing an aside ends no list (it read one: no relation)
    [InlineData("The summit in Kazan, Russia, ended on Friday.", "Kazan", L, "Russia", ",")]
    public void Entity_in_a_place_is_co_located(string text, string head, string headLabel, string place, string trigger)
    {
        Assert.Contains((RelationTypes.CoLocated, head, place, trigger), Relations(text, (head, headLabel), (place, L)));
    }

    [Theory]
    [InlineData("Moscow’s reputation in Tashkent has improved.", "Moscow", "Tashkent")]
    [InlineData("The U.S. embassy in Kabul closed.", "U.S.", "Kabul")]
    [InlineData("Russia’s role in Central Asia grows.", "Russia", "Central Asia")]
    [InlineData("Germany, France and Italy agreed.", "Germany", "France")]
    [InlineData("They visited Kazan, Moscow and Sochi.", "Kazan", "Moscow")]
    // the place after the comma speaks (a headline's attribution)
    [InlineData("North Korea Fires Missile Into Sea of Japan, Seoul Says", "Sea of Japan", "Seoul")]
    public void No_co_location_across_other_words_or_in_lists(string text, string a, string b)
    {
        Assert.DoesNotContain(Relations(text, (a, L), (b, L)), r => r.Type == RelationTypes.CoLocated);
    }

    /// <summary>A place after the pair's comma continues a list: no address ("Kazan, Russia, Astana and Minsk").</summary>
    [Fact]
    public void A_pair_followed_by_another_place_is_part_of_a_list()
    {
        Assert.DoesNotContain(Relations("Leaders of Kazan, Russia, Astana and Minsk met.", ("Kazan", L), ("Russia", L), ("Astana", L), ("Minsk", L)),
            r => r.Type == RelationTypes.CoLocated);
    }

    [Theory]
    [InlineData("Putin met Rakhmonov in Dushanbe.", "Putin", "Rakhmonov", "met")]
    [InlineData("Akayev praised the drills during a meeting with Sergei Lavrov.", "Akayev", "Sergei Lavrov", "meeting with")]
    [InlineData("Blinken held talks with Chinese Foreign Minister Wang Yi in Beijing.", "Blinken", "Wang Yi", "talks with")]
    [InlineData("Erdogan and Putin met on Friday.", "Erdogan", "Putin", "met")]
    [InlineData("Macron spoke to Zelensky by phone.", "Macron", "Zelensky", "spoke to")]
    // a possessor before a described title and its apposition is not the partner (it read "Faye met Burkina Faso")
    [InlineData("Faye met Burkina Faso's junta leader, Capt. Ibrahim Traore, in December.", "Faye", "Ibrahim Traore", "met")]
    public void Meetings_and_talks_are_communication(string text, string head, string tail, string trigger)
    {
        var mentions = new List<(string, string)> { (head, P), (tail, P) };
        if (text.Contains("Chinese")) mentions.Insert(1, ("Chinese", N));
        if (text.Contains("Burkina Faso")) mentions.Insert(1, ("Burkina Faso", L));
        Assert.Contains((RelationTypes.CommunicatedWith, head, tail, trigger), Relations(text, mentions.ToArray()));
    }

    [Theory]
    [InlineData("Putin met no resistance from Rakhmonov’s allies.", "Putin", "Rakhmonov")]
    [InlineData("Putin praised the meeting; Rakhmonov was absent.", "Putin", "Rakhmonov")]
    // talks ruled out or only wished for took no place (it read Khamenei and Putin communicating)
    [InlineData("Khamenei has ruled out direct negotiations with Trump.", "Khamenei", "Trump")]
    [InlineData("Orban, who met Putin, said Merkel should open her own talks with Xi.", "Merkel", "Xi")]
    // after an article "talks" is no verb, and a participle before its agent is passive: joined subjects of another verb
    // did not talk with each other (it read Turkey talking with Qatar, and Tajikistan with Uzbekistan)
    [InlineData("Turkey and Qatar, which mediated the talks, urged restraint.", "Turkey", "Qatar")]
    [InlineData("The leaders of Tajikistan and Uzbekistan supported the plan negotiated by France.", "Tajikistan", "Uzbekistan")]
    public void No_communication_without_a_partner_after_the_trigger(string text, string a, string b)
    {
        Assert.DoesNotContain(Relations(text, (a, P), (b, P)), r => r.Type == RelationTypes.CommunicatedWith);
    }

    /// <summary>A compound of where someone is based places them; it names no body they belong to (it read BELONGS_TO Bishkek).</summary>
    [Fact]
    public void A_based_compound_in_apposition_places_the_person()
    {
        var found = Relations("Kubat Rakhimov, a Bishkek-based economist, told reporters. Ivan Petrov, a Kremlin-backed candidate, won.",
            ("Kubat Rakhimov", P), ("Bishkek", L), ("Ivan Petrov", P), ("Kremlin", O));
        Assert.Contains(found, r => r.Type == RelationTypes.CoLocated && r.Head == "Kubat Rakhimov" && r.Tail == "Bishkek");
        Assert.DoesNotContain(found, r => r.Type is RelationTypes.BelongsTo or RelationTypes.InChargeOf);
    }

    [Fact]
    public void Partners_joined_by_and_all_take_part()
    {
        var found = Relations("Lavrov met Wang Yi and Jaishankar in Moscow.", ("Lavrov", P), ("Wang Yi", P), ("Jaishankar", P), ("Moscow", L));
        Assert.Contains((RelationTypes.CommunicatedWith, "Lavrov", "Wang Yi", "met"), found);
        Assert.Contains((RelationTypes.CommunicatedWith, "Lavrov", "Jaishankar", "met"), found);
    }
}
