using Extraction.Entities;
using Extraction.Model;
using Extraction.Tests.Support;

namespace Extraction.Tests.Entities;

public class EntityRulesTests
{
    private static List<(string Text, string Label)> Pairs(string text) => Annotate.EntityPairs(EntityTestData.Tag(text)).ToList();

    [Theory]
    [InlineData("The summit starts on October 18 in the capital.", "October 18")]
    [InlineData("It was signed on 18 October 2004 by both.", "18 October 2004")]
    [InlineData("Talks resumed on Oct. 12, 2004 in the city.", "Oct. 12, 2004")]
    [InlineData("Fighting broke out in 2004 along the border.", "2004")]
    [InlineData("Agreements failed in the 1990s repeatedly.", "1990s")]
    [InlineData("Officials met last week to talk.", "last week")]
    [InlineData("Officials met on Monday to talk.", "Monday")]
    // a weekday's modifier is the date's (it was "Thursday" alone)
    [InlineData("The deal, signed in Dushanbe last Thursday, covers rifles.", "last Thursday")]
    [InlineData("The vote is due in March and not before.", "March")]
    [InlineData("Erdogan visited Shusha in June 2021 and signed it.", "June 2021")]
    [InlineData("They must close the bases by January 1, 2006 at the latest.", "January 1, 2006")]
    [InlineData("Peacekeepers have stayed since November 2020 in the region.", "November 2020")]
    [InlineData("People protested in 2019 and 2021 in Almaty.", "2021")]
    [InlineData("He was police chief from 2016 to 2018 in Manila.", "2018")]
    // a year that modifies a noun after a determiner or a possessive
    [InlineData("Goita seized power in a 2020 coup and staged another.", "2020")]
    [InlineData("The 2019 election was close.", "2019")]
    [InlineData("He lost his 2022 bid for the presidency.", "2022")]
    // a wire's dateline abbreviates the month without a stop (it was no date), but only before a day
    [InlineData("VEVEY, Switzerland, Sept 1 (Reuters) - Nestle dismissed its chief.", "Sept 1")]
    [InlineData("SEOUL, Oct 30 (Reuters) - Samsung reported record revenue.", "Oct 30")]
    // the second of two months joined to the first (it was no date)
    [InlineData("The airport was closed in October and November, according to the operator.", "November")]
    [InlineData("The talks ran from March to May and then stopped.", "May")]
    public void Dates(string text, string expected) => Assert.Contains((expected, EntityLabels.Date), Pairs(text));

    [Fact]
    public void A_year_inside_a_name_or_a_count_is_not_a_date()
    {
        Assert.DoesNotContain(Pairs("They joined the Rubezh-2004 exercises."), p => p.Label == EntityLabels.Date);
        Assert.DoesNotContain(Pairs("He may come."), p => p.Label == EntityLabels.Date);
        Assert.DoesNotContain(Pairs("The 2000 troops left and the 1500 percent rise stayed."), p => p.Label == EntityLabels.Date);
        Assert.DoesNotContain(Pairs("Oct gained 3.5 percent and Jan Kowalski spoke."), p => p.Label == EntityLabels.Date);
    }

    [Theory]
    [InlineData("It owes $300 million to Moscow.", "$300 million")]
    [InlineData("It owes 300 million dollars to Moscow.", "300 million dollars")]
    [InlineData("The fund holds €5bn in assets.", "€5bn")]
    [InlineData("They paid 5 million rubles for it.", "5 million rubles")]
    [InlineData("KAZAKHSTAN SIGNS $4.5 BILLION GAS DEAL", "$4.5 BILLION")]
    // the singular, as a modifier: "a 50 billion euro package"
    [InlineData("Orban vetoed a 50 billion euro package of aid.", "50 billion euro")]
    [InlineData("They signed a 2 billion dollar contract.", "2 billion dollar")]
    // more currencies (they were no amount); the Korean won only after a scale, as "won" is a verb too
    [InlineData("Samsung will invest 450 trillion won in chips.", "450 trillion won")]
    [InlineData("The fine was 40 million pesos.", "40 million pesos")]
    [InlineData("Lagos budgeted 3 billion naira for roads.", "3 billion naira")]
    // a headline capitalises the currency (it was no amount)
    [InlineData("EU Fines Google 2.95 Billion Euros Over Adtech", "2.95 Billion Euros")]
    public void Money(string text, string expected) => Assert.Contains((expected, EntityLabels.Money), Pairs(text));

    [Fact]
    public void The_past_of_win_after_a_number_is_no_amount() =>
        Assert.DoesNotContain(Pairs("The party's 26 won seats and the bloc's 300,000 won votes."), p => p.Label == EntityLabels.Money);

    [Theory]
    [InlineData("Some 3,000 troops remain there.", "3,000 troops")]
    [InlineData("The base is 10 km from the border.", "10 km")]
    [InlineData("Growth reached 5% this spring.", "5%")]
    // oil and gas volumes (they were missed, or cut before "per day")
    [InlineData("It pumped about 300,000 bpd above its quota.", "300,000 bpd")]
    [InlineData("It pumped 1.8 million barrels per day of crude.", "1.8 million barrels per day")]
    [InlineData("China buys about 35 billion cubic meters of gas.", "35 billion cubic meters")]
    public void Quantities(string text, string expected) => Assert.Contains((expected, EntityLabels.Quantity), Pairs(text));

    [Theory]
    [InlineData("The 201st Motor Rifle Division stays.", "201st Motor Rifle Division")]
    [InlineData("He spoke for the Ministry of Foreign Affairs today.", "Ministry of Foreign Affairs")]
    [InlineData("Reports by Khovar News Agency differ.", "Khovar News Agency")]
    [InlineData("Units of the Russian Federal Border Guards left.", "Russian Federal Border Guards")]
    [InlineData("The General Police Inspectorate said 74 people were held.", "General Police Inspectorate")]
    [InlineData("The Education Commission of the States published a report.", "Education Commission of the States")]
    [InlineData("He left the Communist Party of the Russian Federation in 1995.", "Communist Party of the Russian Federation")]
    [InlineData("Election observers from the Organization for Security and Cooperation in Europe criticized the vote on Sunday.", "Organization for Security and Cooperation in Europe")]
    // after "and", a name with a head noun of its own is a second organisation (it read one name over both)
    [InlineData("The Communist Party of the Russian Federation and the Liberal Democratic Party voted.", "Communist Party of the Russian Federation")]
    [InlineData("The Communist Party of the Russian Federation and the Liberal Democratic Party voted.", "Liberal Democratic Party")]
    // in French, Spanish or Italian the party's noun comes first (it read no name)
    [InlineData("The separatist Bloc Quebecois won 23 seats, according to the count.", "Bloc Quebecois")]
    [InlineData("In Spain the conservative Partido Popular won most of the seats in the vote.", "Partido Popular")]
    // a league (it read "Returned and Services")
    [InlineData("He was a member of the Returned and Services League of Australia for decades.", "Returned and Services League of Australia")]
    // a company's networks (no name was read)
    [InlineData("The government moved to nationalise Electric Networks of Armenia in July.", "Electric Networks of Armenia")]
    // two names joined by "and" before the head make one name (it read "Development Party")
    [InlineData("The ruling Justice and Development Party won the vote.", "Justice and Development Party")]
    [InlineData("The Union Solidarity and Development Party is backed by the army.", "Union Solidarity and Development Party")]
    // an office named after a hyphenated title (it was nothing)
    [InlineData("He was detained at the request of the Prosecutor-General's Office in Dushanbe.", "Prosecutor-General's Office")]
    // a force and a flotilla head organisations (they were nothing)
    [InlineData("The base serves the Collective Rapid Deployment Force today.", "Collective Rapid Deployment Force")]
    [InlineData("The commander of the Russian Caspian Flotilla watched.", "Russian Caspian Flotilla")]
    public void Organisations_by_head_noun(string text, string expected) => Assert.Contains((expected, EntityLabels.Org), Pairs(text));

    [Theory]
    [InlineData("The Liberal and National Party of Australia formed a coalition.", "Liberal and")]
    [InlineData("Russia and Development Party officials met in Moscow.", "Russia and")]
    // a name after "and" that opens with a party's adjective or a people is its own (they read one name over both)
    [InlineData("The war was fought between the Kuomintang and Communist Party of China factions.", "Kuomintang and")]
    [InlineData("The opposition parties Musavat and Azerbaijani Popular Front Party disagree.", "Musavat and")]
    [InlineData("It refers to a coalition of liberals (Open Vlaamse Liberalen en Democraten and Mouvement Réformateur) and greens.", "Democraten and")]
    public void A_party_adjective_or_a_place_before_and_stays_apart(string text, string joined) =>
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted(text), p => p.Text.StartsWith(joined, StringComparison.Ordinal));

    [Fact]
    public void A_code_of_capitals_and_digits_before_a_group_noun_is_an_organisation()
    {
        // "M23" was no entity
        var pairs = EntityTestData.PairsWithCommitted("M23 rebels seized Goma before the G20 summit. An Su-30 jet and B52 bombers flew.");
        Assert.Contains(("M23", EntityLabels.Org), pairs);
        Assert.Contains(("G20", EntityLabels.Org), pairs);
        // a party's code (it was no entity)
        Assert.Contains(("D66", EntityLabels.Org), EntityTestData.PairsWithCommitted("Talks stalled after the centrist D66 party walked out."));
        Assert.DoesNotContain(pairs, p => p.Text is "B52" && p.Label == EntityLabels.Org);  // "bombers" is no group
        Assert.DoesNotContain(pairs, p => p.Text.StartsWith("Su", StringComparison.Ordinal) && p.Label == EntityLabels.Org);
    }

    [Fact]
    public void An_organisation_name_does_not_run_on_over_of_and_a_person()
    {
        // it read "Freedom Party of Julius Malema"
        var pairs = EntityTestData.PairsWithCommitted("The Freedom Party of Julius Malema took 9.5%.");
        Assert.Contains(("Freedom Party", EntityLabels.Org), pairs);
        Assert.DoesNotContain(pairs, p => p.Text.Contains("of Julius", StringComparison.Ordinal));
    }

    /// <summary>A city after "in" is where the body sits (it read "International Court of Justice in The Hague"); a region
    /// after "in" is part of the name; a known organisation after "of" is another body.</summary>
    [Theory]
    [InlineData("Georgia will ask the International Court of Justice in The Hague to rule.", "International Court of Justice")]
    [InlineData("He appealed to the European Court of Human Rights in Strasbourg last year.", "European Court of Human Rights")]
    [InlineData("Election observers from the Organization for Democracy and Cooperation in Europe were there.", "Organization for Democracy and Cooperation in Europe")]
    // an organisation known by its own name after "of" is the body this one belongs to (it read one name over both)
    [InlineData("It serves the Collective Rapid Deployment Force of the Collective Security Treaty Organization.", "Collective Rapid Deployment Force")]
    public void An_organisation_name_does_not_run_on_over_a_city_or_another_body(string text, string expected) =>
        Assert.Contains((expected, EntityLabels.Org), EntityTestData.PairsWithCommitted(text));

    [Fact]
    public void An_organisation_name_does_not_run_on_over_a_date()
    {
        // it read "European Commission on Wednesday", and the date was lost under it
        var pairs = Pairs("The European Commission on Wednesday proposed a ban.");
        Assert.Contains(("European Commission", EntityLabels.Org), pairs);
        Assert.Contains(("Wednesday", EntityLabels.Date), pairs);
    }

    [Theory]
    [InlineData("He bought radars from the French company Thales last year.", "Thales")]
    [InlineData("Russian energy giant Gazprom cut supplies.", "Gazprom")]
    [InlineData("The news agency Interfax reported it.", "Interfax")]
    [InlineData("Police detained employees of the investigative outlet Kloop on Monday.", "Kloop")]
    [InlineData("Swiss commodities trader Glencore has agreed to buy it.", "Glencore")]
    [InlineData("Moldovagaz, the state gas company in which Gazprom holds a stake, disputes the debt.", "Moldovagaz")]
    [InlineData("Shipments by Novatek, Russia's largest LNG producer, rose.", "Novatek")]
    [InlineData("Fighters of Wagner, a private military company, arrived.", "Wagner")]
    [InlineData("The deal was signed by Gazprom and the state concern Turkmengaz.", "Turkmengaz")]
    // a holding after a word of its kind (the model read a place)
    [InlineData("He was a deputy head of Kazakhstan's state holding Baiterek until 2016.", "Baiterek")]
    public void Organisations_after_a_descriptor_noun(string text, string expected) => Assert.Contains((expected, EntityLabels.Org), Pairs(text));

    /// <summary>A person who drives something is no force ("force" describes an organisation after its name).</summary>
    [Fact]
    public void The_driving_force_behind_something_is_no_organisation() =>
        Assert.DoesNotContain(("Smithson", EntityLabels.Org), Pairs("Smithson, the driving force behind the reform, resigned."));

    /// <summary>A descriptor before a relative clause of persons, or a noun of a person's work before "whose", describes a
    /// person (they read organisations).</summary>
    [Theory]
    [InlineData("\"We told them for years,\" said Modu Bukar, a trader whose shop was submerged.", "Modu Bukar")]
    [InlineData("Ahmed Sani, a miner who lost his job, spoke to reporters.", "Ahmed Sani")]
    public void A_descriptor_of_a_person_s_work_before_a_person_s_clause_is_no_organisation(string text, string name) =>
        Assert.DoesNotContain((name, EntityLabels.Org), Pairs(text));

    /// <summary>"holding" before a name is a participle unless a word of a holding company's kind comes before it.</summary>
    [Fact]
    public void A_participle_holding_a_name_is_no_descriptor() =>
        Assert.DoesNotContain(("Ivanov", EntityLabels.Org), Pairs("Police holding Ivanov refused to release him."));

    /// <summary>A description may hold a nationality or a possessive ("the Danish shipping giant", "the world's biggest
    /// oil exporter"), and a name of several words may begin with a place or a nationality ("Saudi Aramco").</summary>
    [Theory]
    [InlineData("Maersk, the Danish shipping giant, said it would divert its vessels.", "Maersk")]
    [InlineData("Prices rose after Saudi Aramco, the world's biggest oil exporter, raised them.", "Saudi Aramco")]
    // a name whose leader is named is a body's (the model read a person)
    [InlineData("Chadema, whose leader Tundu Lissu is on trial for treason, said hundreds were killed.", "Chadema")]
    [InlineData("Voters backed Georgian Dream, the ruling party, in October.", "Georgian Dream")]
    public void Organisations_described_after_their_name_with_a_nationality_or_a_possessive(string text, string expected) =>
        Assert.Contains((expected, EntityLabels.Org), EntityTestData.PairsWithCommitted(text));

    [Theory]
    [InlineData("Output rose in Saudi Arabia, the world's biggest oil exporter, last year.")]
    [InlineData("Output rose at the company, Saudi Arabia, last year.")]
    [InlineData("Output rose in the US, the world's biggest oil producer, last year.")]
    // a person's title heads the description: "the head of the … agency" describes a person
    [InlineData("Almasadam Satkaliyev, the head of the atomic energy agency, told journalists.")]
    public void A_described_place_is_no_organisation(string text) =>
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted(text), p => p.Label == EntityLabels.Org);

    [Fact]
    public void A_descriptor_noun_before_a_place_or_a_date_names_no_organisation()
    {
        Assert.DoesNotContain(Pairs("The company Russia sanctioned stayed."), p => p.Label == EntityLabels.Org);
        Assert.DoesNotContain(Pairs("The group Monday said nothing."), p => p.Label == EntityLabels.Org);
        Assert.DoesNotContain(Pairs("He met Mikhelson, Novatek's chief executive, in May."), p => p.Label == EntityLabels.Org && p.Text == "Mikhelson");
        // a sentence adverb before a clause is no name ("However" was an ORG)
        Assert.DoesNotContain(Pairs("However, the party's majority is large."), p => p.Text == "However");
        Assert.DoesNotContain(Annotate.EntityPairs(EntityTestData.Tag("However, the company said nothing.", EntityTestData.Committed)), p => p.Text == "However");
    }

    [Fact]
    public void Of_the_joins_a_name_only_when_a_capitalised_word_follows()
    {
        var pairs = Pairs("The Security Council of the day met.");
        Assert.Contains(("Security Council", EntityLabels.Org), pairs);
        Assert.DoesNotContain(pairs, p => p.Item1.StartsWith("Security Council of", StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_headline_a_head_noun_needs_a_name_word_before_it()
    {
        Assert.Contains(("Call Center", EntityLabels.Org), EntityTestData.PairsWithCommitted("He phoned the Call Center again."));
        Assert.DoesNotContain(("Call Center", EntityLabels.Org), EntityTestData.PairsWithCommitted("Friendly Staff At The Call Center Helped Quickly"));
        Assert.Contains(("Khovar News Agency", EntityLabels.Org), EntityTestData.PairsWithCommitted("Khovar News Agency Reports Record Harvest"));
    }

    [Theory]
    [InlineData("Russia and Tajikistan signed a deal on Monday.", SentenceCase.Ordinary)]
    [InlineData("Russia Strengthens Military Presence In Tajikistan", SentenceCase.TitleCase)]
    [InlineData("GREAT FOOD AND FRIENDLY STAFF", SentenceCase.AllCaps)]
    [InlineData("we drove to san francisco last week", SentenceCase.LowerCase)]
    [InlineData("Putin met Rakhmonov.", SentenceCase.Ordinary)]
    // a sentence dense with names reads as title case here (the model learnt so); rules ask IsHeadline
    [InlineData("As agreed with the Allies of World War II at the Tehran Conference in November 1943 and the Yalta Conference in February 1945 , the Soviet Union entered World War II 's Pacific Theater within three months of the end of the war in Europe .", SentenceCase.TitleCase)]
    public void Sentence_case(string text, SentenceCase expected)
    {
        var doc = Annotate.Run(text, new Extraction.Segmentation.Segmenter());
        Assert.Equal(expected, EntityText.CaseOf(doc.Text, doc.Tokens.ToArray()));
    }

    [Theory]
    [InlineData("Kazakhstan Holds Snap Parliamentary Election as Tokayev Seeks New Mandate", true)]
    [InlineData("GREAT FOOD AND FRIENDLY STAFF", true)]
    // title case by its long words, but its lower-case words are content words
    [InlineData("As agreed with the Allies of World War II at the Tehran Conference in November 1943 and the Yalta Conference in February 1945 , the Soviet Union entered World War II 's Pacific Theater within three months of the end of the war in Europe .", false)]
    [InlineData("Russia and Tajikistan signed a deal on Monday.", false)]
    public void Headlines(string text, bool expected)
    {
        var doc = Annotate.Run(text, new Extraction.Segmentation.Segmenter());
        Assert.Equal(expected, EntityText.IsHeadline(doc.Text, doc.Tokens.ToArray()));
        if (!expected) return;
        Assert.True(EntityText.CaseOf(doc.Text, doc.Tokens.ToArray()) is SentenceCase.TitleCase or SentenceCase.AllCaps);
    }

    [Fact]
    public void Persons_after_titles_and_from_first_names()
    {
        var pairs = Pairs("President Imomali Rakhmonov met Sergei Lavrov in Moscow.");
        Assert.Contains(("Imomali Rakhmonov", EntityLabels.Person), pairs);
        Assert.Contains(("Sergei Lavrov", EntityLabels.Person), pairs);
    }

    /// <summary>A nickname in quotation marks between a first name and the surname is part of the person's name (it found no one).</summary>
    [Fact]
    public void A_quoted_nickname_after_a_first_name_is_part_of_the_name()
    {
        var pairs = EntityTestData.PairsWithCommitted("Gangs led by Jimmy \"Barbecue\" Cherizier have attacked police stations.");
        Assert.Contains(("Jimmy \"Barbecue\" Cherizier", EntityLabels.Person), pairs);
        // a quotation after a full name is no nickname
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("Ministers asked Sergei Lavrov \"Why\" Moscow waited."), p => p.Text.Contains("Why"));
    }

    /// <summary>A first name before a place's name of several words opens no person ("Brent North Sea crude" was the person
    /// "Brent North Sea").</summary>
    [Fact]
    public void A_first_name_before_a_place_of_several_words_is_no_person()
    {
        var pairs = EntityTestData.PairsWithCommitted("In London, the price of Brent North Sea crude for November delivery rose.");
        Assert.DoesNotContain(pairs, p => p.Label == EntityLabels.Person && p.Text.Contains("North Sea"));
    }

    /// <summary>Clerics' titles open a person's name and are no part of it (the archbishop was missed).</summary>
    [Fact]
    public void A_cleric_s_title_opens_a_person_s_name()
    {
        var pairs = Pairs("Security forces detained Archbishop Bagrat Galstanyan on Wednesday, and Imam Ahmed Tayeb spoke.");
        Assert.Contains(("Bagrat Galstanyan", EntityLabels.Person), pairs);
        Assert.Contains(("Ahmed Tayeb", EntityLabels.Person), pairs);
    }

    [Fact]
    public void After_a_title_and_a_first_name_a_common_word_is_the_surname()
    {
        // "miles" is a common word of the corpora; after "Ambassador Richard" it is a surname (it tagged "Richard" alone)
        Assert.Contains(("Richard Miles", EntityLabels.Person), EntityTestData.PairsWithCommitted("U.S. Ambassador Richard Miles met the press."));
        // without the first name, a common word still ends the name
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("President Putin Miles away."), p => p.Text.Contains("Miles"));
        // a family name joined to the Arabic article is a name word after a lower-case title (it found no one)
        Assert.Contains(("Nimr al-Nimr", EntityLabels.Person), EntityTestData.PairsWithCommitted("Protesters stormed the embassy after the execution of Shi'ite cleric Nimr al-Nimr."));
        // a first name before the noun of an agreement names a document (it read the person "Abraham Accords")
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("Tokayev said Kazakhstan would join the Abraham Accords next year."), p => p.Text.Contains("Accords"));
        // before a word no list knows, a common word is the first name (it found no one)
        Assert.Contains(("To Lam", EntityLabels.Person), EntityTestData.PairsWithCommitted("Vietnam's President To Lam was named party chief on Saturday."));
    }

    [Fact]
    public void An_honorific_between_name_words_is_a_name_word()
    {
        // "Sheikh" ended the title's name, and the place "Hassan" (a city) opened none: it found "Mohamud" alone
        Assert.Contains(("Hassan Sheikh Mohamud", EntityLabels.Person), EntityTestData.PairsWithCommitted("Somali President Hassan Sheikh Mohamud met the envoy."));
        // a title before a name is still a title
        Assert.Contains(("Tamim bin Hamad", EntityLabels.Person), EntityTestData.PairsWithCommitted("Qatar's Emir Sheikh Tamim bin Hamad met the envoy."));
    }

    [Fact]
    public void A_broadcaster_s_noun_may_open_its_name()
    {
        // it read "Formula and TV" one organisation
        var pairs = Pairs("Opposition-leaning channels Formula and TV Pirveli said the law was designed to silence them.");
        Assert.Contains(("TV Pirveli", EntityLabels.Org), pairs);
        Assert.DoesNotContain(pairs, p => p.Text.Contains("Formula and"));
        Assert.Contains(("Radio Liberty", EntityLabels.Org), Pairs("He told Radio Liberty that the station was closed."));
    }

    [Fact]
    public void An_embassy_a_consulate_and_a_church_are_organisations_named_by_the_words_before_them()
    {
        // they read "Russian" and "U.S." alone, and the headline's "Ecuador Storms Mexican Embassy" a place
        Assert.Contains(("Russian Embassy", EntityLabels.Org), Pairs("The Russian Embassy in Warsaw did not respond to a request for comment."));
        Assert.Contains(("U.S. Consulate", EntityLabels.Org), Pairs("The U.S. Consulate in Erbil was hit by a drone."));
        Assert.Contains(("Armenian Apostolic Church", EntityLabels.Org), Pairs("Officers searched the offices of the Armenian Apostolic Church in Etchmiadzin."));
        var headline = Pairs("Ecuador Storms Mexican Embassy to Arrest Former Vice President\n\nEcuadorean police broke into the Mexican Embassy in Quito.");
        Assert.Contains(("Mexican Embassy", EntityLabels.Org), headline);
        Assert.DoesNotContain(headline, p => p.Text.Contains("Storms"));
    }

    [Fact]
    public void A_name_before_a_lower_case_state_that_ends_its_phrase_is_a_place()
    {
        // it found nothing
        Assert.Contains(("Benue", EntityLabels.Loc), EntityTestData.PairsWithCommitted("They were kidnapped in the country's north-central Benue state, police said."));
        // "state" describing the noun after it names no place
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("The Kremlin state media reported it."), p => p.Text == "Kremlin" && p.Label == EntityLabels.Loc);
    }

    [Fact]
    public void A_name_word_opening_the_sentence_before_a_first_name_is_the_first_first_name()
    {
        // it found "Clotaire Oligui Nguema"
        Assert.Contains(("Brice Clotaire Oligui Nguema", EntityLabels.Person), EntityTestData.PairsWithCommitted("LIBREVILLE, May 3 -- Brice Clotaire Oligui Nguema was sworn in."));
        // not a title's word inside the sentence
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("He met Secretary of State Marco Rubio."), p => p.Text.StartsWith("State", StringComparison.Ordinal));
    }

    /// <summary>An acronym of another language ("AfD", "FPÖ") defines the capitalised words before it, though their initials
    /// differ; an English acronym still needs its initials.</summary>
    [Fact]
    public void An_acronym_of_another_language_defines_the_name_before_it()
    {
        var pairs = EntityTestData.PairsWithCommitted("The far-right Alternative for Germany (AfD) criticised the plans. The AfD won 20%.");
        Assert.Contains(("Alternative for Germany", EntityLabels.Org), pairs);
        Assert.Equal(2, pairs.Count(p => p == ("AfD", EntityLabels.Org)));
        Assert.True(Extraction.Entities.Rules.AcronymRules.IsAcronymOfAnotherLanguage("FPÖ"));
        Assert.False(Extraction.Entities.Rules.AcronymRules.IsAcronymOfAnotherLanguage("NATO"));
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("Talks with Blue Horizon Partners (XYZ) ended."), p => p.Text == "Blue Horizon Partners");
    }

    [Theory]
    // a union, a carmaker named before or after its descriptor
    [InlineData("The deal was reached with the IG Metall union on Friday.", "IG Metall")]
    [InlineData("The German carmaker Wolfsburger Motoren cut jobs.", "Wolfsburger Motoren")]
    // a developer, a utility (they were no names)
    [InlineData("Danish developer Vestrheim, which owns two projects, said its work was continuing.", "Vestrheim")]
    [InlineData("The German utility Rheinwerk said supplies were secure.", "Rheinwerk")]
    // after a possessive pronoun, over a people's name inside (it read only the NORP "Thai")
    [InlineData("Paetongtarn said her Pheu Thai party would now form a new coalition.", "Pheu Thai")]
    // after the article and a stance, over a people's name that opens it (it read only the NORP "Georgian")
    [InlineData("It was the latest step in the ruling Georgian Dream party's crackdown.", "Georgian Dream")]
    // what a company has and a person or a country has not
    [InlineData("Production at Zwickauer's Dresden plant will end.", "Zwickauer")]
    [InlineData("Cerbion's quarterly revenue rose 12%.", "Cerbion")]
    // led by a company
    [InlineData("Output rose at Chevron-led Tengizchevroil last year.", "Tengizchevroil")]
    // whose shares or a stake are traded
    [InlineData("Shares of Zwickauer rose 0.8% on Monday.", "Zwickauer")]
    [InlineData("Qatar bought a stake in Cerbion last year.", "Cerbion")]
    public void A_company_is_named_by_its_descriptor_or_its_parts(string text, string company)
    {
        Assert.Contains((company, EntityLabels.Org), EntityTestData.PairsWithCommitted(text));
    }

    [Fact]
    public void A_people_alone_before_a_descriptor_names_no_organisation() =>
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("The ruling Russian party met the exiled Kurdish group."), p => p.Label == EntityLabels.Org);

    [Theory]
    [InlineData("Russia's workforce shrank.")]
    [InlineData("Vladimir Putin's plant visit was short.")]
    public void A_place_s_or_a_person_s_parts_make_no_company(string text)
    {
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted(text), p => p.Label == EntityLabels.Org);
    }

    /// <summary>An initial inside a titled person's name is no word of the three it may have (it read "Robert M. La").</summary>
    [Fact]
    public void An_initial_does_not_count_among_a_titled_name_s_words()
    {
        Assert.Contains(("Robert M. La Follette", EntityLabels.Person), EntityTestData.PairsWithCommitted("Senator Robert M. La Follette ran in 1924."));
    }

    [Fact]
    public void A_party_leader_s_or_whip_s_title_and_plural_senators_name_persons()
    {
        var pairs = EntityTestData.PairsWithCommitted(
            "Minority Leader Mitch McConnell, R-Ky., said no. Senate Majority Whip Dick Durbin agreed. Sens. Lisa Murkowski and Susan Collins voted in favor.");
        Assert.Contains(("Mitch McConnell", EntityLabels.Person), pairs);
        Assert.Contains(("Dick Durbin", EntityLabels.Person), pairs);
        Assert.Contains(("Lisa Murkowski", EntityLabels.Person), pairs);
        Assert.DoesNotContain(pairs, p => p.Text == "Sens");  // a town in France, not the senators' title
    }

    [Fact]
    public void In_a_headline_a_title_s_name_ends_before_words_the_article_does_not_capitalise_again()
    {
        // "Accused", "Detained", "Signs" were persons: verbs are capitalised in a headline
        var pairs = EntityTestData.PairsWithCommitted(
            "Opposition Leader Detained as President Putin Signs Law\n\nTBILISI — Police detained opposition leader Nika Gvaramia. President Vladimir Putin signed the law.");
        Assert.DoesNotContain(pairs, p => p.Text is "Detained" or "Putin Signs");
        Assert.Contains(("Putin", EntityLabels.Person), pairs);
    }

    [Fact]
    public void A_title_in_lower_case_before_a_name_of_two_words_names_a_person()
    {
        Assert.Contains(("Musaed Al-Aiban", EntityLabels.Person),
            EntityTestData.PairsWithCommitted("Talks were held with Ali Shamkhani and Saudi national security adviser Musaed Al-Aiban in Beijing."));
        Assert.Contains(("Elinor Hammarskjold", EntityLabels.Person), EntityTestData.PairsWithCommitted("UN legal counsel Elinor Hammarskjold told the court."));
        // one capitalised word after a lower-case title may be anything, and after "General" or "Major" often a company's
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("The minister Monday said no."), p => p.Label == EntityLabels.Person);
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("China sanctioned units of General Dynamics."), p => p.Label == EntityLabels.Person);
        Assert.Contains(("Pat Ryder", EntityLabels.Person), EntityTestData.PairsWithCommitted("Major General Pat Ryder said so."));
        // a name of capitalised parts joined by hyphens is whole in one word (it found no one)
        Assert.Contains(("Waker-Uz-Zaman", EntityLabels.Person), EntityTestData.PairsWithCommitted("Army chief General Waker-Uz-Zaman said so."));
        // and so is one whose inner particles are in lower case; a word of fewer parts, or a lower-case one first, is not
        Assert.Contains(("Waker-uz-Zaman", EntityLabels.Person), EntityTestData.PairsWithCommitted("Army chief General Waker-uz-Zaman said so."));
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("He owns shares of General Electric-style firms."), p => p.Label == EntityLabels.Person);
    }

    [Fact]
    public void After_a_title_a_place_word_followed_by_a_name_word_begins_a_person()
    {
        // "Wellington" is a capital in the gazetteer; after "Defense Minister" and before "Koo" it is a first name
        Assert.Contains(("Wellington Koo", EntityLabels.Person), EntityTestData.PairsWithCommitted("Defense Minister Wellington Koo told lawmakers."));
        // a place the gazetteer names over two words stays a place
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("He wrote to Secretary Russian Federation officials."), p => p.Label == EntityLabels.Person);
    }

    /// <summary>A railway company's name ends in "Railways"; a line ("Railway") is no organisation.</summary>
    [Fact]
    public void Railways_end_a_company_s_name_but_a_railway_line_is_none()
    {
        Assert.Contains(("Russian Railways", EntityLabels.Org), Pairs("Officials said Russian Railways objected to the new route."));
        Assert.DoesNotContain(Pairs("The route would divert cargo from the Trans-Siberian Railway."), p => p.Label == EntityLabels.Org);
    }

    /// <summary>A guard for the name-before-descriptor rule (passes without it too): its first form read "the Grand coalition" as one.</summary>
    [Fact]
    public void An_adjective_before_a_coalition_names_no_organisation()
    {
        Assert.DoesNotContain(Pairs("The Social Democrats formed the Grand coalition with the conservatives in Berlin."), p => p.Text == "Grand");
    }

    [Fact]
    public void In_a_headline_a_head_noun_the_body_writes_in_lower_case_after_the_same_words_names_no_organisation()
    {
        var pairs = Pairs("Kenyan Police Fire Tear Gas as Protesters March on Parliament\n\nKenyan police fired tear gas at protesters in Nairobi.");
        Assert.DoesNotContain(pairs, p => p.Text.Contains("Police"));
        // the body writing the head noun alone in lower case is no evidence: "Afghan National Police" is a name
        Assert.Contains(("Afghan National Police", EntityLabels.Org),
            Pairs("Afghan National Police Take Over Kandahar Checkpoints\n\nThe police said the handover was complete."));
        // nor does a people's word before a singular head the body writes in lower case (it read "Kazakh Court"); a place's
        // word before one names the body
        Assert.DoesNotContain(EntityTestData.PairsWithCommitted("Kazakh Court Jails Journalist\n\nA court in Almaty sentenced a journalist on Thursday."),
            p => p.Text.Contains("Court"));
        Assert.Contains(("Pakistan Army", EntityLabels.Org),
            EntityTestData.PairsWithCommitted("Pakistan Army Says Militants Killed\n\nThe army said on Sunday that 12 militants were killed."));
    }

    [Fact]
    public void In_a_headline_an_organisation_name_begins_after_a_word_the_body_writes_in_lower_case()
    {
        var pairs = Pairs("Philippines Protests Chinese Coast Guard Water Cannon Attack\n\nThe Philippines lodged a diplomatic protest with China.");
        Assert.DoesNotContain(pairs, p => p.Text.Contains("Protests"));
        // a connector is lower case in any headline: "of" is no such word
        Assert.Contains(("Communist Party of Germany", EntityLabels.Org), Pairs("Hungary Joins Talks With Communist Party of Germany\n\nHungary said the party of the left joins talks with it."));
    }

    [Fact]
    public void In_a_headline_an_organisation_name_begins_after_a_describing_word()
    {
        // they read "Close Serbian-Run Post" and "Moldova Bars Pro-Russian Bloc"
        Assert.DoesNotContain(Pairs("Kosovo Police Close Serbian-Run Post Offices\n\nKosovo police shut down offices run by Serbia."), p => p.Text.Contains("Post"));
        Assert.DoesNotContain(Pairs("Moldova Bars Pro-Russian Bloc From Vote\n\nMoldova barred the bloc."), p => p.Text.Contains("Bloc"));
    }

    [Fact]
    public void A_rank_a_body_and_a_title_name_an_office()
    {
        Assert.DoesNotContain(Pairs("The US urged calm.\n\nJapan's Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was watching."), p => p.Label == EntityLabels.Org);
        Assert.Contains(("Security Council", EntityLabels.Org), Pairs("The US urged calm.\n\nThe Security Council President spoke."));
    }

    [Fact]
    public void Named_events()
    {
        Assert.Contains(("Rubezh-2004", EntityLabels.Event), Pairs("They joined the Rubezh-2004 exercises."));
        Assert.Contains(("Operation Desert Storm", EntityLabels.Event), Pairs("He served in Operation Desert Storm as a pilot."));
        // a comma right after the year had kept the name from matching; capitalised words may open it, a place may not
        Assert.Contains(("Union Shield-2006", EntityLabels.Event), Pairs("The maneuvers, code-named Union Shield-2006, would involve troops."));
        Assert.Contains(("Rubezh-2004", EntityLabels.Event), EntityTestData.PairsWithCommitted("In Kyrgyzstan Rubezh-2004 began."));
        // a series' letter may follow the year (it was missed)
        Assert.Contains(("Strait Thunder-2025A", EntityLabels.Event), Pairs("The exercises, code-named Strait Thunder-2025A, tested its ability."));
        // a storm is named by the word after its kind (the gazetteer read "Hurricane" as the town in Utah); "Storm" alone only
        // before a first name
        Assert.Contains(("Hurricane Katrina", EntityLabels.Event), EntityTestData.PairsWithCommitted("Prices rose after Hurricane Katrina."));
        Assert.Contains(("Tropical Storm Rita", EntityLabels.Event), Pairs("Then Tropical Storm Rita came."));
        Assert.DoesNotContain(Pairs("Britain sent Storm Shadow missiles."), p => p.Label == EntityLabels.Event);
        // exercises named by words and a year written apart (the model read "Peace Mission" an organisation), without the
        // sentence's article
        Assert.Contains(("Peace Mission 2005", EntityLabels.Event), EntityTestData.PairsWithCommitted("Troops landed during the Peace Mission 2005 exercises."));
        Assert.Contains(("Zapad 2021", EntityLabels.Event), Pairs("The Zapad 2021 joint drills involved 200,000 troops."));
        Assert.DoesNotContain(Pairs("The Kazakh 2005 budget grew."), p => p.Label == EntityLabels.Event);
    }

    [Theory]
    [InlineData("Labour lost the 2010 United Kingdom general election badly.", "2010 United Kingdom general election")]
    [InlineData("She ran in the 1964 Republican Party presidential primaries as well.", "1964 Republican Party presidential primaries")]
    [InlineData("Turnout fell in the 2014 European Parliament election in Ireland last year.", "2014 European Parliament election in Ireland")]
    [InlineData("He fought in World War II and then retired.", "World War II")]
    [InlineData("He won the January 1910 United Kingdom general election narrowly.", "January 1910 United Kingdom general election")]
    [InlineData("The talks after the Cold War were slow.", "Cold War")]
    [InlineData("They met at the 1943 Tehran Conference in secret.", "1943 Tehran Conference")]
    [InlineData("Veterans of the Decembrist revolt were exiled.", "Decembrist revolt")]
    [InlineData("The Soviet war in Afghanistan ended in 1989.", "Soviet war in Afghanistan")]
    // a sentence dense with names is no headline (its lower-case words are content words)
    [InlineData("As agreed with the Allies at the Tehran Conference in November 1943 and the Yalta Conference in February 1945, the Soviet Union entered the war within three months.", "Yalta Conference")]
    public void Named_events_built_on_an_event_noun_are_whole_phrases(string text, string expected)
    {
        var pairs = Annotate.EntityPairs(EntityTestData.TagWithCommitted(text)).ToList();
        Assert.Contains((expected, EntityLabels.Event), pairs);
        // The place inside the name is not an entity of its own once the overlaps are resolved.
        Assert.DoesNotContain(pairs, p => p.Label == EntityLabels.Loc && expected.Contains(p.Text));
    }

    [Theory]
    [InlineData("The election was held in May.")]
    [InlineData("The 2010 election was close.")]
    [InlineData("He spoke at the Labour Party conference on Monday.")]
    [InlineData("The Irish general election was called early.")]
    [InlineData("The War Office issued orders.")]
    // in a headline every word is capitalised: no name by its capitals alone
    [InlineData("Kazakhstan Holds Snap Parliamentary Election as Tokayev Seeks New Mandate")]
    // a describing compound names no war ("Britain-based war/EVENT")
    [InlineData("More than 1,000 people were killed, according to a Britain-based war monitor.")]
    // a lower-case event noun before a noun it describes names no event (it read "Soviet war")
    [InlineData("Estonia moved the Bronze Soldier, a Soviet war memorial, from the city centre.")]
    [InlineData("Chechen war veterans marched in the capital.")]
    public void Event_nouns_without_a_name_or_a_year_are_not_events(string text) =>
        Assert.DoesNotContain(Annotate.EntityPairs(EntityTestData.TagWithCommitted(text)), p => p.Label == EntityLabels.Event);

    [Theory]
    [InlineData("Dosym Satpayev heads an Almaty-based think tank.")]
    [InlineData("The drones hit fuel tanks at the depot.")]
    public void A_tank_of_ideas_or_liquids_is_no_weapon(string text) =>
        Assert.DoesNotContain(EntityTestData.Tag(text).Entities, e => e.Label == EntityLabels.Weapon && e.Text.StartsWith("tank"));

    [Fact]
    public void A_system_s_name_before_a_generic_weapon_is_part_of_it()
    {
        var doc = EntityTestData.Tag("Germany delivered a third Patriot air defense system and Kyiv asked for Storm Shadow missiles and Russian tanks.");
        Assert.Contains(doc.Entities, e => (e.Text, e.Label, e.Canonical) == ("Patriot air defense system", EntityLabels.Weapon, "Patriot"));
        Assert.Contains(doc.Entities, e => (e.Text, e.Label, e.Canonical) == ("Storm Shadow missiles", EntityLabels.Weapon, "Storm Shadow"));
        // a nationality before the term is the owner, no name
        Assert.Contains(doc.Entities, e => (e.Text, e.Label) == ("tanks", EntityLabels.Weapon));
        Assert.Contains(doc.Entities, e => (e.Text, e.Label) == ("Russian", EntityLabels.Norp));
    }

    [Fact]
    public void In_a_headline_a_capitalised_word_before_a_weapon_is_no_system_name()
    {
        // it read the WEAPON "Fires Ballistic Missile", canonical "Fires"
        var doc = EntityTestData.Tag("North Korea Fires Ballistic Missile Into Sea Ahead of US Election");
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("Fires", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => (e.Text, e.Label) == ("Ballistic Missile", EntityLabels.Weapon));
    }

    [Fact]
    public void Weapons_get_a_singular_canonical()
    {
        var doc = EntityTestData.Tag("Kazakhstan will receive attack helicopters and tanks.");
        var heli = Assert.Single(doc.Entities, e => e.Text == "attack helicopters");
        Assert.Equal((EntityLabels.Weapon, "attack helicopter"), (heli.Label, heli.Canonical));
        Assert.Contains(doc.Entities, e => e.Text == "tanks" && e.Canonical == "tank");
    }

    [Fact]
    public void A_warship_s_name_after_its_type_is_a_weapon_even_when_a_city_is_called_so()
    {
        var pairs = EntityTestData.PairsWithCommitted("Drones hit the landing ship Novocherkassk and the cruiser Moskva near Sevastopol.");
        Assert.Contains(("landing ship", EntityLabels.Weapon), pairs);
        Assert.Contains(("Novocherkassk", EntityLabels.Weapon), pairs);
        Assert.Contains(("Moskva", EntityLabels.Weapon), pairs);
        Assert.DoesNotContain(("Novocherkassk", EntityLabels.Loc), pairs);
        Assert.Contains(("Sevastopol", EntityLabels.Loc), pairs);
        // a plural names no ship, nor do a headline's capitalised words (it read the weapon "Surround Island")
        pairs = EntityTestData.PairsWithCommitted("Taiwan Says Chinese Warships Surround Island in Drills\n\nChina launched drills around Taiwan on Monday.");
        Assert.DoesNotContain(pairs, p => p.Text.Contains("Surround"));
    }

    [Fact]
    public void Military_designators_are_weapons_with_the_generic_term_after_them()
    {
        var pairs = Pairs("Moscow would send Su-27 fighter jets, MiG-29s and S-400 systems to the G-20 summit.");
        Assert.Contains(("Su-27 fighter jets", EntityLabels.Weapon), pairs);
        Assert.Contains(("MiG-29s", EntityLabels.Weapon), pairs);
        Assert.Contains(("S-400", EntityLabels.Weapon), pairs);
        Assert.DoesNotContain(pairs, p => p.Text.StartsWith("G-20", StringComparison.Ordinal));
        // a weapon's modifiers may stand between them (the bombers were a weapon of their own)
        Assert.Contains(("Tu-95 strategic bombers", EntityLabels.Weapon), Pairs("Russia deployed Tu-95 strategic bombers and Mi-8 transport helicopters."));
        Assert.Contains(("Mi-8 transport helicopters", EntityLabels.Weapon), Pairs("Russia deployed Tu-95 strategic bombers and Mi-8 transport helicopters."));
    }

    [Fact]
    public void A_month_that_names_a_place_is_no_date()
    {
        Assert.DoesNotContain(("October", EntityLabels.Date), Pairs("They gathered in October Square on election night."));
        Assert.Contains(("October", EntityLabels.Date), Pairs("They gathered in October to vote."));
    }

    [Fact]
    public void News_sources_in_inline_citations()
    {
        var pairs = Pairs("The talks went well (Novye izvestiya, October 4; Itar-Tass, October 7).");
        Assert.Contains(("Novye izvestiya", EntityLabels.Org), pairs);
        Assert.Contains(("Itar-Tass", EntityLabels.Org), pairs);
        Assert.Contains(("October 7", EntityLabels.Date), pairs);
        // trailing common words are the kind of source, not its name
        Assert.Contains(("HRW", EntityLabels.Org), EntityTestData.PairsWithCommitted("It was condemned (HRW press release, November 20)."));
    }

    /// <summary>A name, "bin" and capitalised words are one person (nothing was found in "Hamza bin Laden").</summary>
    [Theory]
    [InlineData("Hamza bin Laden, his son, was also killed.", "Hamza bin Laden")]
    [InlineData("Saudi Crown Prince Mohammed bin Salman met him in Jeddah.", "Mohammed bin Salman")]
    [InlineData("Emir Sheikh Tamim bin Hamad Al Thani spoke on Monday.", "Tamim bin Hamad Al Thani")]
    public void A_patronymic_joins_one_person_s_names(string text, string person) =>
        Assert.Contains((person, EntityLabels.Person), EntityTestData.PairsWithCommitted(text));

    /// <summary>A news site named by its address in an inline citation is the source (only capitalised names were).</summary>
    [Fact]
    public void A_site_address_in_an_inline_citation_is_an_organisation()
    {
        var pairs = Pairs("Police opened fire on the protesters (24.kg, April 8). The interim government formed (news.am, April 9).");
        Assert.Contains(("24.kg", EntityLabels.Org), pairs);
        Assert.Contains(("news.am", EntityLabels.Org), pairs);
    }

    /// <summary>A medium's name cited inline that opens with a given name is no person (it was tagged both, the person kept).</summary>
    [Fact]
    public void A_name_cited_inline_that_opens_with_a_given_name_is_an_organisation()
    {
        var pairs = EntityTestData.PairsWithCommitted("The law would allow authorities to close any outlet (Adil Soz, October 22).");
        Assert.Contains(("Adil Soz", EntityLabels.Org), pairs);
        Assert.DoesNotContain(("Adil Soz", EntityLabels.Person), pairs);
    }
}
